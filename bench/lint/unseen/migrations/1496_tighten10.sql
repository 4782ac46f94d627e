CREATE UNIQUE INDEX CONCURRENTLY ledger_account_key ON ledger (account);
ALTER TABLE ledger ADD CONSTRAINT ledger_account_key UNIQUE USING INDEX ledger_account_key;;
