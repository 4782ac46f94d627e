CREATE TABLE ledger_entries (
  id bigint PRIMARY KEY,
  account text NOT NULL,
  amount_cents bigint
);
CREATE FUNCTION ledger_mirror() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO ledger_entries (id, account, amount_cents) VALUES (NEW.id, NEW.account, NEW.amount * 100)
  ON CONFLICT (id) DO UPDATE SET account = EXCLUDED.account, amount_cents = EXCLUDED.amount_cents;
  RETURN NEW;
END
$$;
CREATE TRIGGER ledger_mirror AFTER INSERT OR UPDATE ON ledger
  FOR EACH ROW EXECUTE PROCEDURE ledger_mirror();;
