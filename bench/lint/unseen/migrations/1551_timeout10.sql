BEGIN;
SET LOCAL lock_timeout = '500ms';
SET LOCAL statement_timeout = '5s';
ALTER TABLE orders ALTER COLUMN qty TYPE bigint;
COMMIT;
