ALTER TABLE logs ADD COLUMN level smallint NOT NULL;;
