DO $$
BEGIN
  ALTER TABLE orders ADD CONSTRAINT orders_qty_nonneg CHECK (qty >= 0) NOT VALID;
EXCEPTION WHEN duplicate_object THEN NULL;
END
$$;;
