CREATE OR REPLACE VIEW recent_orders AS
  SELECT id, status FROM orders WHERE created_at > now() - interval '7 days';;
