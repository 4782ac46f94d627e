DO $$
BEGIN
  LOCK TABLE accounts IN SHARE MODE;
  INSERT INTO ledger (account, amount) SELECT 'accounts', count(*) FROM accounts;
END
$$;;
