CREATE OR REPLACE VIEW recent_orders AS SELECT status, id FROM orders;;
