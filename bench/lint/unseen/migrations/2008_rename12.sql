BEGIN;
ALTER TABLE ledger RENAME TO ledger_entries;
CREATE VIEW ledger AS SELECT * FROM ledger_entries;
COMMIT;
