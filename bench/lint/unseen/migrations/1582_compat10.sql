CREATE OR REPLACE VIEW recent_orders AS SELECT id, status, customer_id, total FROM orders;;
