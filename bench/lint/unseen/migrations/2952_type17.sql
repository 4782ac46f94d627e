ALTER TABLE posts ALTER COLUMN created_at TYPE timestamptz;;
