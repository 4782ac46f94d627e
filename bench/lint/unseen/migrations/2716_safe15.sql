CREATE VIEW paying_accounts AS SELECT id, name, plan FROM accounts WHERE plan <> 'free';;
