ALTER TABLE orders ADD COLUMN payload_jsonb jsonb;
CREATE FUNCTION orders_payload_copy() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.payload_jsonb := NEW.payload::jsonb;
  RETURN NEW;
END
$$;
CREATE TRIGGER orders_payload_copy BEFORE INSERT OR UPDATE OF payload ON orders
  FOR EACH ROW EXECUTE PROCEDURE orders_payload_copy();;
