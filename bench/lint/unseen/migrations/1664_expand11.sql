CREATE FUNCTION users_split_name() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER users_split_name BEFORE INSERT OR UPDATE OF name ON users FOR EACH ROW EXECUTE PROCEDURE users_split_name();
DROP TRIGGER IF EXISTS users_split_name ON users;
DROP FUNCTION IF EXISTS users_split_name();;
