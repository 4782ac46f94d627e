DO $$ BEGIN EXECUTE 'ALTER TABLE users ADD COLUMN locale text'; END $$;
