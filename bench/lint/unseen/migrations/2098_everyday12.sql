ALTER TABLE events ADD COLUMN source text DEFAULT 'api';;
