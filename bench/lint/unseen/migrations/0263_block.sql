BEGIN;
SET LOCAL lock_timeout = '1s';
ALTER TABLE orders ADD COLUMN gift boolean;
COMMIT;
