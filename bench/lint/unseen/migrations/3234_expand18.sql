ALTER TABLE users ADD COLUMN email_normalized varchar;
CREATE OR REPLACE FUNCTION users_email_normalized18() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.email_normalized := lower(NEW.email);
  RETURN NEW;
END
$$;
CREATE TRIGGER users_email_normalized18 BEFORE INSERT OR UPDATE OF email ON users
  FOR EACH ROW EXECUTE FUNCTION users_email_normalized18();;
