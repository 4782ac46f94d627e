CREATE OR REPLACE VIEW v_customer_orders AS
SELECT c.id AS customer_id, c.name, count(o.id) AS order_count
FROM customers c
LEFT JOIN orders o ON o.customer_id = c.id
GROUP BY c.id, c.name;
