CREATE FUNCTION orders_default_qty16() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.qty := coalesce(NEW.qty, 1);
  RETURN NEW;
END
$$;
CREATE TRIGGER orders_default_qty16 BEFORE INSERT ON orders FOR EACH ROW EXECUTE PROCEDURE orders_default_qty16();;
