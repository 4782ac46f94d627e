BEGIN;
SET LOCAL lock_timeout = '2s';
SET LOCAL statement_timeout = '20s';
ALTER TABLE accounts ADD COLUMN suspended boolean;
COMMIT;
