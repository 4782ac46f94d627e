DROP VIEW recent_orders;
ALTER TABLE orders ALTER COLUMN status TYPE text;
CREATE VIEW recent_orders AS SELECT id, status FROM orders;;
