DO $$
BEGIN
  CREATE INDEX CONCURRENTLY IF NOT EXISTS ledger_account_idx21 ON ledger (account);
END
$$;;
