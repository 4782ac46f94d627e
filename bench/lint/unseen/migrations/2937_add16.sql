CREATE OR REPLACE VIEW recent_orders AS SELECT id, status, now() - created_at AS age FROM orders;;
