BEGIN;
CREATE INDEX CONCURRENTLY ix_ledger_account ON ledger (account);
COMMIT;
