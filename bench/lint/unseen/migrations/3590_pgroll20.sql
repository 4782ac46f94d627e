ALTER TABLE users ADD COLUMN _pgroll_new_login_count bigint;
UPDATE users SET _pgroll_new_login_count = login_count;
CREATE FUNCTION _pgroll_trigger_users_login_count() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW._pgroll_new_login_count := NEW.login_count::bigint; RETURN NEW; END $$;
CREATE TRIGGER _pgroll_trigger_users_login_count BEFORE INSERT OR UPDATE ON users FOR EACH ROW EXECUTE PROCEDURE _pgroll_trigger_users_login_count();
-- complete 03_bigint_logins
DROP TRIGGER IF EXISTS _pgroll_trigger_users_login_count ON users;
DROP FUNCTION IF EXISTS _pgroll_trigger_users_login_count();
ALTER TABLE users DROP COLUMN login_count;
ALTER TABLE users RENAME COLUMN _pgroll_new_login_count TO login_count;;
