ALTER TABLE logs ADD COLUMN logged_at timestamptz NOT NULL DEFAULT clock_timestamp();;
