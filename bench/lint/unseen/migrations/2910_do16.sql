DO $$
BEGIN
  ALTER TABLE orders ADD CONSTRAINT orders_qty_positive16 CHECK (qty > 0);
EXCEPTION WHEN others THEN
  RAISE NOTICE 'skipped: %', SQLERRM;
END
$$;;
