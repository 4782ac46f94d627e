ALTER TABLE orders ADD CONSTRAINT orders_total_range CHECK (total >= 0 AND total < 1000000) NOT VALID;
ALTER TABLE orders DROP CONSTRAINT orders_total_nonneg;
ALTER TABLE orders RENAME CONSTRAINT orders_total_range TO orders_total_nonneg;;
