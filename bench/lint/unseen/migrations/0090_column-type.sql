-- UP
ALTER TABLE ledger ALTER COLUMN id TYPE bigint;
