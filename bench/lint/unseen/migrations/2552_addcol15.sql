ALTER TABLE metrics ADD COLUMN unit text, ADD COLUMN scale smallint DEFAULT 1;;
