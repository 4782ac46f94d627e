BEGIN;
CREATE TABLE order_totals_snapshot (customer_id bigint, total numeric);
LOCK TABLE orders IN SHARE MODE;
INSERT INTO order_totals_snapshot SELECT customer_id, sum(total) FROM orders GROUP BY customer_id;
COMMIT;
