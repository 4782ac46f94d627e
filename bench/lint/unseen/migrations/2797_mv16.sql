DROP MATERIALIZED VIEW order_totals;
CREATE MATERIALIZED VIEW order_totals AS
  SELECT customer_id, sum(total) AS total FROM orders WHERE status <> 'pending' GROUP BY customer_id;;
