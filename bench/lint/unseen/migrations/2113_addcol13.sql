ALTER TABLE logs ADD COLUMN host text;;
