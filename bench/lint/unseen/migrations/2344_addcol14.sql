ALTER TABLE metrics ADD COLUMN updated_at timestamptz DEFAULT clock_timestamp();;
