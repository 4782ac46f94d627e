-- R__customer_order_summary.sql
CREATE OR REPLACE VIEW customer_order_summary AS
SELECT c.id, c.email, count(o.id) AS orders, coalesce(sum(o.total), 0) AS spent
  FROM customers c
  LEFT JOIN orders o ON o.customer_id = c.id
 GROUP BY c.id, c.email;;
