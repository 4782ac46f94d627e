ALTER TABLE events ADD COLUMN payload jsonb NOT NULL DEFAULT '{}'::jsonb;;
