DO $$ BEGIN PERFORM set_config('lock_timeout', '2s', true); ALTER TABLE accounts ADD COLUMN flag boolean; END $$;
