DO $$
BEGIN
  EXECUTE 'CREATE INDEX IF NOT EXISTS ledger_account_idx21 ON ledger (account)';
END
$$;;
