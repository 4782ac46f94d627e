-- EXPAND: add the new column and keep both columns in step while old and new code run side by side.
-- A nullable column without a default is a catalog-only change; the trigger copies whichever column a
-- writer changed into the other one, so neither the old nor the new application version loses writes.
-- UP
ALTER TABLE users ADD COLUMN display_name text;

CREATE FUNCTION users_sync_display_name() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    NEW.display_name := coalesce(NEW.display_name, NEW.fullname);
    NEW.fullname := coalesce(NEW.fullname, NEW.display_name);
  ELSIF NEW.display_name IS DISTINCT FROM OLD.display_name THEN
    NEW.fullname := NEW.display_name;     -- new code wrote display_name
  ELSE
    NEW.display_name := NEW.fullname;     -- old code wrote fullname (or neither changed)
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER users_sync_display_name BEFORE INSERT OR UPDATE ON users
  FOR EACH ROW EXECUTE FUNCTION users_sync_display_name();

-- DOWN
DROP TRIGGER users_sync_display_name ON users;
DROP FUNCTION users_sync_display_name();
ALTER TABLE users DROP COLUMN display_name;
