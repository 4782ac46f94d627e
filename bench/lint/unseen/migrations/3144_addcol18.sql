ALTER TABLE posts ADD COLUMN tags text[] DEFAULT '{}'::text[] NOT NULL;;
