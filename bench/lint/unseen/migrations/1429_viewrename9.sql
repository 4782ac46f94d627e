CREATE OR REPLACE VIEW recent_orders AS SELECT id, status, created_at FROM orders WHERE created_at > now() - interval '1 day';;
