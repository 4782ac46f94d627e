CREATE VIEW active_accounts AS SELECT id, name FROM accounts WHERE plan <> 'closed';;
