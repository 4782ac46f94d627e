-- lockstep:irreversible
-- UP
-- Precomputed per-customer order counts for the CRM sync (a cache: no foreign key on purpose).
CREATE TABLE customer_stats (
  customer_id   bigint PRIMARY KEY,
  order_count   bigint NOT NULL,
  last_order_at timestamptz
);
INSERT INTO customer_stats (customer_id, order_count, last_order_at)
SELECT customer_id, count(*), max(created_at)
  FROM orders
 GROUP BY customer_id;
ALTER TABLE customer_stats ALTER COLUMN last_order_at SET NOT NULL;
CREATE INDEX customer_stats_order_count_idx ON customer_stats (order_count DESC);
