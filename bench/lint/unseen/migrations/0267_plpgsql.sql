DO $$ BEGIN ALTER TABLE orders ADD COLUMN flagged boolean; END $$;
