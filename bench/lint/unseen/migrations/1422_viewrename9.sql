ALTER TABLE orders RENAME COLUMN status TO state;
CREATE OR REPLACE VIEW recent_orders AS SELECT id, state AS status FROM orders;;
