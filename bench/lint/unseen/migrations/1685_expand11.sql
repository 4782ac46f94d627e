ALTER TABLE users ADD COLUMN email_normalized text;
CREATE FUNCTION users_email_normalized() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.email_normalized := lower(NEW.email);
  RETURN NEW;
END
$$;
CREATE TRIGGER users_email_normalized BEFORE INSERT OR UPDATE OF email ON users
  FOR EACH ROW EXECUTE PROCEDURE users_email_normalized();
UPDATE users SET email_normalized = lower(email);;
