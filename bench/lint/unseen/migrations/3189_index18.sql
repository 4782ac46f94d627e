CREATE INDEX CONCURRENTLY ledger_account_amount_idx18 ON ledger (account) INCLUDE (amount);;
