ALTER TABLE users RENAME COLUMN prefs TO preferences;
ALTER TABLE users ADD COLUMN prefs jsonb GENERATED ALWAYS AS (preferences) STORED;;
