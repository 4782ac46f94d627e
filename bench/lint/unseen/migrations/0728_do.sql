DO $$ BEGIN CREATE TYPE visibility AS ENUM ('public', 'private'); EXCEPTION WHEN duplicate_object THEN NULL; END $$;
