BEGIN;
ALTER TABLE orders ADD COLUMN channel text;
UPDATE orders SET channel = 'web' WHERE channel IS NULL;
COMMIT;
