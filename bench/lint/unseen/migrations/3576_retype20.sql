ALTER TABLE orders ADD COLUMN qty_bigint bigint;
CREATE FUNCTION orders_qty_bigint_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.qty_bigint := NEW.qty;
  RETURN NEW;
END
$$;
CREATE TRIGGER orders_qty_bigint_sync BEFORE INSERT OR UPDATE OF qty ON orders
  FOR EACH ROW EXECUTE PROCEDURE orders_qty_bigint_sync();;
