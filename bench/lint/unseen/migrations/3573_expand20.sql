ALTER TABLE orders ADD COLUMN total_cents bigint;
CREATE FUNCTION orders_total_cents_sync() RETURNS void LANGUAGE sql AS $$ SELECT 1 $$;
CREATE TRIGGER orders_total_cents_sync BEFORE INSERT OR UPDATE ON orders
  FOR EACH ROW EXECUTE PROCEDURE orders_total_cents_sync();;
