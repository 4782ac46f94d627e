DO $$ BEGIN BEGIN ALTER TABLE users ADD COLUMN region text; EXCEPTION WHEN duplicate_column THEN RAISE NOTICE 'exists'; END; END $$;
