ALTER TABLE users ADD COLUMN login_count_convert_to_bigint bigint DEFAULT 0 NOT NULL;
CREATE FUNCTION trigger_users_login_count_conv() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.login_count_convert_to_bigint := NEW.login_count; RETURN NEW; END $$;
CREATE TRIGGER trigger_users_login_count_conv BEFORE INSERT OR UPDATE ON users FOR EACH ROW EXECUTE PROCEDURE trigger_users_login_count_conv();
UPDATE users SET login_count_convert_to_bigint = login_count;
-- swap the columns (with_lock_retries)
BEGIN;
LOCK TABLE users IN ACCESS EXCLUSIVE MODE;
ALTER TABLE users RENAME COLUMN login_count TO login_count_tmp;
ALTER TABLE users RENAME COLUMN login_count_convert_to_bigint TO login_count;
ALTER TABLE users RENAME COLUMN login_count_tmp TO login_count_convert_to_bigint;
CREATE OR REPLACE FUNCTION trigger_users_login_count_conv() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.login_count_convert_to_bigint := NEW.login_count;
  RETURN NEW;
END
$$;
COMMIT;
