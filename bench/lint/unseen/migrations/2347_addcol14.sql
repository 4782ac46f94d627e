ALTER TABLE logs ADD COLUMN level smallint DEFAULT 0;;
