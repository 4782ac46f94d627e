ALTER TABLE orders ADD COLUMN qty_bigint bigint;
BEGIN;
LOCK TABLE orders IN SHARE ROW EXCLUSIVE MODE;
UPDATE orders SET qty_bigint = qty WHERE qty_bigint IS DISTINCT FROM qty;
ALTER TABLE orders RENAME COLUMN qty TO qty_int;
ALTER TABLE orders RENAME COLUMN qty_bigint TO qty;
COMMIT;
