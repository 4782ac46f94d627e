CREATE OR REPLACE VIEW recent_orders AS SELECT id, status, created_at FROM orders;
