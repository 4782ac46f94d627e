DO $$ BEGIN ALTER TABLE orders ADD COLUMN stamp timestamptz DEFAULT clock_timestamp(); END $$;
