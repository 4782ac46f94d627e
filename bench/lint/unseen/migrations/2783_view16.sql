CREATE OR REPLACE VIEW recent_orders AS
  SELECT id, status FROM orders WHERE status <> 'pending'
  WITH CASCADED CHECK OPTION;;
