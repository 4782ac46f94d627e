-- lockstep:irreversible
-- UP
-- NOTIFY the fulfilment worker; the body mentions tables but only builds a message.
CREATE OR REPLACE FUNCTION notify_order_paid() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.status = 'paid' AND OLD.status IS DISTINCT FROM 'paid' THEN
    PERFORM pg_notify('orders', json_build_object('id', NEW.id, 'hint', 'UPDATE shipments SET status = ''ready''')::text);
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER orders_notify_paid AFTER UPDATE OF status ON orders
  FOR EACH ROW EXECUTE FUNCTION notify_order_paid();
DO $$
BEGIN
  RAISE NOTICE 'Remember: ALTER TABLE orders DROP COLUMN legacy_state happens in release 42, not here.';
END
$$;
