ALTER TABLE users ADD COLUMN full_name text;
CREATE FUNCTION users_full_name_sync() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.full_name := NEW.name; RETURN NEW; END $$;
CREATE TRIGGER users_full_name_sync BEFORE INSERT OR UPDATE OF name ON users FOR EACH ROW EXECUTE PROCEDURE users_full_name_sync();
DROP TRIGGER users_full_name_sync ON users;
DROP FUNCTION users_full_name_sync();;
