-- UP
CREATE UNIQUE INDEX CONCURRENTLY ledger_account_nnd ON ledger (account) NULLS NOT DISTINCT;
