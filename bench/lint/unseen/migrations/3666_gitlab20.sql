ALTER TABLE users ADD COLUMN login_count_convert_to_bigint bigint DEFAULT 0 NOT NULL;
CREATE FUNCTION trigger_users_login_count_conv() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.login_count_convert_to_bigint := NEW.login_count;
  RETURN NEW;
END
$$;
CREATE TRIGGER trigger_users_login_count_conv BEFORE INSERT OR UPDATE ON users
  FOR EACH ROW EXECUTE PROCEDURE trigger_users_login_count_conv();;
