DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_enum WHERE enumlabel = 'lost') THEN ALTER TYPE order_status ADD VALUE 'lost'; END IF; END $$;
