CREATE TABLE shipments_audit18 (id bigserial PRIMARY KEY, shipment_id bigint NOT NULL, old_state text, new_state text, at timestamptz NOT NULL DEFAULT now());
CREATE FUNCTION shipments_audit18_fn() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO shipments_audit18 (shipment_id, old_state, new_state) VALUES (NEW.id, OLD.state, NEW.state);
  RETURN NEW;
END
$$;
CREATE TRIGGER shipments_audit18 AFTER UPDATE OF state ON shipments
  FOR EACH ROW WHEN (OLD.state IS DISTINCT FROM NEW.state) EXECUTE FUNCTION shipments_audit18_fn();;
