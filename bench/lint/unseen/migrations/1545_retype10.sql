ALTER TABLE ledger ADD COLUMN id_new bigint;
CREATE FUNCTION ledger_copy_id() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.id_new := NEW.id;
  RETURN NEW;
END
$$;
CREATE TRIGGER ledger_copy_id BEFORE INSERT OR UPDATE ON ledger
  FOR EACH ROW EXECUTE FUNCTION ledger_copy_id();;
