CREATE OR REPLACE VIEW recent_orders AS
  SELECT o.id, o.status, c.region FROM orders o JOIN customers c ON c.id = o.customer_id;;
