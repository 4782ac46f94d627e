CREATE MATERIALIZED VIEW order_totals_v2 AS SELECT customer_id, sum(total) AS total FROM orders GROUP BY customer_id;
ALTER MATERIALIZED VIEW order_totals RENAME TO order_totals_old;
ALTER MATERIALIZED VIEW order_totals_v2 RENAME TO order_totals;
DROP MATERIALIZED VIEW order_totals_old;;
