DO $$ BEGIN PERFORM pg_advisory_xact_lock(42); UPDATE users SET admin = true WHERE id = 1; END $$;
