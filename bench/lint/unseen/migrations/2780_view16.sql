CREATE OR REPLACE VIEW recent_orders AS SELECT id AS order_id, status FROM orders;;
