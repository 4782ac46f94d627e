CREATE OR REPLACE VIEW recent_orders AS SELECT id FROM orders;;
