DO $$ BEGIN ALTER TABLE users ADD CONSTRAINT users_email_format CHECK (email LIKE '%@%'); EXCEPTION WHEN duplicate_object THEN NULL; END $$;
