CREATE OR REPLACE VIEW recent_orders AS SELECT id, status, total FROM orders;;
