ALTER TABLE events ALTER COLUMN at TYPE timestamp;;
