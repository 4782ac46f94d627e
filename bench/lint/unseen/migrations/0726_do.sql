DO $$ BEGIN RAISE EXCEPTION 'run the backfill by hand first'; END $$;
