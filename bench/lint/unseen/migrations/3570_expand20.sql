CREATE FUNCTION orders_total_cents_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.total_cents := (NEW.total * 100)::bigint;
  RETURN NEW;
END
$$;
CREATE TRIGGER orders_total_cents_sync BEFORE INSERT OR UPDATE ON orders
  FOR EACH ROW EXECUTE PROCEDURE orders_total_cents_sync();
UPDATE orders SET qty = qty WHERE id = 1;;
