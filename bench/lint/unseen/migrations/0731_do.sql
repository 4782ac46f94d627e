DO $$ BEGIN CREATE INDEX IF NOT EXISTS posts_created_idx ON posts (created_at); END $$;
