ALTER TABLE orders
  DROP CONSTRAINT orders_total_nonneg,
  ADD CONSTRAINT orders_total_nonneg CHECK (total >= 0 AND total < 1000000);;
