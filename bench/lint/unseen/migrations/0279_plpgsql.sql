DO $$ BEGIN DROP TABLE events; END $$;
