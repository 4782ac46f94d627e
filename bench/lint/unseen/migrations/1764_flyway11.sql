-- R__order_totals.sql
DROP MATERIALIZED VIEW IF EXISTS order_totals;
CREATE MATERIALIZED VIEW order_totals AS
SELECT customer_id, sum(total) AS total, count(*) AS orders FROM orders GROUP BY customer_id;
CREATE UNIQUE INDEX order_totals_customer_idx ON order_totals (customer_id);;
