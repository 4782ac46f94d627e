BEGIN;
ALTER TABLE orders ADD COLUMN source_channel text;
UPDATE orders SET source_channel = 'web';
COMMIT;
