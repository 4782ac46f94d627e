DO $$ BEGIN EXECUTE 'DROP TABLE IF EXISTS ' || quote_ident('cache_entries'); END $$;
