DO $$ BEGIN EXECUTE format('ALTER TABLE %I ADD COLUMN archived_at timestamptz', 'posts'); END $$;
