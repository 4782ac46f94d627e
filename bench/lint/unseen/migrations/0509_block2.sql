DO $$ BEGIN CREATE POLICY own_account ON accounts USING (owner_id = 1); EXCEPTION WHEN duplicate_object THEN NULL; END $$;
