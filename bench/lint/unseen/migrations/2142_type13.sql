ALTER TABLE events ALTER COLUMN id TYPE integer;;
