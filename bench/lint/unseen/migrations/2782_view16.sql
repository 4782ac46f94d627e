CREATE OR REPLACE VIEW recent_orders AS SELECT id, status, customer_id, created_at FROM orders;;
