-- CONTRACT: once every running application version reads and writes display_name only, drop the old
-- column and the trigger that kept it in step. Deploy this only after the switch of reads has shipped.
-- UP
DROP TRIGGER users_sync_display_name ON users;
DROP FUNCTION users_sync_display_name();
ALTER TABLE users DROP COLUMN fullname;

-- DOWN
-- Restores the old column and the dual write. The copy is one UPDATE: fine for a rollback right after
-- the deploy; on a large table, restore the column and backfill it in a migration of its own instead.
ALTER TABLE users ADD COLUMN fullname text;
UPDATE users SET fullname = display_name;
ALTER TABLE users ALTER COLUMN fullname SET NOT NULL;
CREATE FUNCTION users_sync_display_name() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    NEW.display_name := coalesce(NEW.display_name, NEW.fullname);
    NEW.fullname := coalesce(NEW.fullname, NEW.display_name);
  ELSIF NEW.display_name IS DISTINCT FROM OLD.display_name THEN
    NEW.fullname := NEW.display_name;
  ELSE
    NEW.display_name := NEW.fullname;
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER users_sync_display_name BEFORE INSERT OR UPDATE ON users
  FOR EACH ROW EXECUTE FUNCTION users_sync_display_name();
