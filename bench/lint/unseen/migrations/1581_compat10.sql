CREATE OR REPLACE VIEW recent_orders AS SELECT id, status::text AS status FROM orders;;
