ALTER TABLE users ALTER COLUMN prefs SET DEFAULT '{}'::jsonb;;
