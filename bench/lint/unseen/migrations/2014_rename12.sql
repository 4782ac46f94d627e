CREATE OR REPLACE VIEW recent_orders AS SELECT id, total, status FROM orders;;
