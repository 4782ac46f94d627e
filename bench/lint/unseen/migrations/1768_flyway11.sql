-- R__recent_orders.sql (the column list changed)
CREATE OR REPLACE VIEW recent_orders AS SELECT id, created_at, status FROM orders;;
