CREATE OR REPLACE VIEW recent_orders AS SELECT id, created_at FROM orders;;
