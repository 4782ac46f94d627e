BEGIN;
SET LOCAL lock_timeout = '2s';
ALTER TABLE customers ADD COLUMN tier text;
UPDATE customers SET tier = 'standard';
COMMIT;
