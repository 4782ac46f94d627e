ALTER TABLE users ADD COLUMN first_name text, ADD COLUMN last_name text;
-- reshape-style split of users.name: keep both shapes written while old and new code run
CREATE OR REPLACE FUNCTION users_split_name() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.name IS NOT NULL THEN
    NEW.first_name := split_part(NEW.name, ' ', 1);
    NEW.last_name := nullif(substr(NEW.name, length(split_part(NEW.name, ' ', 1)) + 2), '');
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER users_split_name BEFORE INSERT OR UPDATE OF name ON users
  FOR EACH ROW EXECUTE PROCEDURE users_split_name();;
