CREATE MATERIALIZED VIEW order_totals_v2 AS SELECT customer_id, sum(total) AS total, count(*) AS orders FROM orders GROUP BY customer_id;
CREATE UNIQUE INDEX order_totals_v2_customer_idx ON order_totals_v2 (customer_id);
BEGIN;
ALTER MATERIALIZED VIEW order_totals RENAME TO order_totals_old;
ALTER MATERIALIZED VIEW order_totals_v2 RENAME TO order_totals;
ALTER INDEX order_totals_v2_customer_idx RENAME TO order_totals_customer_idx2;
COMMIT;
