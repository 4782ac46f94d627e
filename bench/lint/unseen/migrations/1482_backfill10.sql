INSERT INTO ledger (account, amount)
SELECT 'acct-' || id, 0 FROM accounts WHERE id <= 50;;
