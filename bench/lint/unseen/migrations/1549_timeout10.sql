SET lock_timeout = '2s';
SET statement_timeout = '30s';
ALTER TABLE orders ADD CONSTRAINT orders_qty_nonneg CHECK (qty >= 0);;
