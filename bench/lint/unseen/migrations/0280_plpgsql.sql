DO $$ BEGIN TRUNCATE events; END $$;
