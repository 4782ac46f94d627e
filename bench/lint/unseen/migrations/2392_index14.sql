CREATE INDEX CONCURRENTLY ledger_account_idx ON ledger (account);;
