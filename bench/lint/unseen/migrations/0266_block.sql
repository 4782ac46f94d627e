BEGIN;
ALTER TABLE customers ADD COLUMN tier text;
ALTER TABLE orders ADD COLUMN tier text;
COMMIT;
