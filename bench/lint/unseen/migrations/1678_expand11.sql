CREATE TABLE user_emails (
  user_id bigint PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  email text NOT NULL,
  verified_at timestamptz
);
CREATE FUNCTION user_emails_mirror() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO user_emails (user_id, email) VALUES (NEW.id, NEW.email)
  ON CONFLICT (user_id) DO UPDATE SET email = EXCLUDED.email;
  RETURN NEW;
END
$$;
CREATE TRIGGER user_emails_mirror AFTER INSERT OR UPDATE OF email ON users
  FOR EACH ROW EXECUTE PROCEDURE user_emails_mirror();;
