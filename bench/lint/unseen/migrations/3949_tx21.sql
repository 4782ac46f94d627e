BEGIN;
ALTER TABLE ledger ADD COLUMN kind text;
UPDATE ledger SET kind = 'entry' WHERE id <= 300;
ALTER TABLE ledger ALTER COLUMN kind SET DEFAULT 'entry';
COMMIT;
