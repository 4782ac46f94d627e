DROP VIEW recent_orders;
CREATE VIEW recent_orders AS SELECT id, status::text AS status, created_at FROM orders;;
