SET TIME ZONE 'America/New_York';
ALTER TABLE posts ALTER COLUMN created_at TYPE timestamptz;;
