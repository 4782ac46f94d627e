CREATE TABLE order_events (
  id bigserial PRIMARY KEY,
  order_id bigint NOT NULL,
  status order_status NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE FUNCTION order_events_capture() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO order_events (order_id, status) VALUES (NEW.id, NEW.status);
  RETURN NEW;
END
$$;
CREATE TRIGGER order_events_capture AFTER INSERT OR UPDATE OF status ON orders
  FOR EACH ROW EXECUTE PROCEDURE order_events_capture();;
