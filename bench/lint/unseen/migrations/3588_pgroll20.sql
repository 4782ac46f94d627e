ALTER TABLE users ADD COLUMN _pgroll_new_login_count bigint;
CREATE OR REPLACE FUNCTION _pgroll_trigger_users_login_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('search_path') = 'public_03_bigint_logins' THEN
    NEW.login_count := NEW._pgroll_new_login_count::integer;
  ELSE
    NEW._pgroll_new_login_count := NEW.login_count::bigint;
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER _pgroll_trigger_users_login_count BEFORE INSERT OR UPDATE ON users
  FOR EACH ROW EXECUTE PROCEDURE _pgroll_trigger_users_login_count();;
