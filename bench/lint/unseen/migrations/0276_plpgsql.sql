DO $$ BEGIN RAISE NOTICE 'nothing to do'; END $$;
