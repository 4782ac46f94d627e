CREATE TRIGGER cache_entries_touch16 BEFORE INSERT ON cache_entries FOR EACH ROW WHEN (NEW.key = OLD.key) EXECUTE PROCEDURE touch();;
