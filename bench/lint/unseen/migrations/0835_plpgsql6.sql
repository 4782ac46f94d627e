DO $$ BEGIN EXECUTE 'UPDATE users SET admin = false'; END $$;
