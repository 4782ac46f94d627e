DO $$ BEGIN ALTER TYPE order_status ADD VALUE 'void'; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
