ALTER TABLE orders ADD COLUMN channel text;
UPDATE orders SET channel = 'web' WHERE id <= 50;
ALTER TABLE orders ALTER COLUMN channel SET NOT NULL;;
