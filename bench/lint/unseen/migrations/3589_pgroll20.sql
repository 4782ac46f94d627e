ALTER TABLE users ADD COLUMN _pgroll_new_login_count bigint;
CREATE FUNCTION _pgroll_trigger_users_login_count() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW._pgroll_new_login_count := NEW.login_count::bigint; RETURN NEW; END $$;
CREATE TRIGGER _pgroll_trigger_users_login_count BEFORE INSERT OR UPDATE ON users FOR EACH ROW EXECUTE PROCEDURE _pgroll_trigger_users_login_count();
UPDATE users SET login_count = login_count;;
