CREATE UNIQUE INDEX CONCURRENTLY ledger_account_uq ON ledger (account);;
