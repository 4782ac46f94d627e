-- UP
DO $$ BEGIN TRUNCATE events; END $$;
