DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_indexes WHERE indexname = 'orders_qty_idx') THEN CREATE INDEX orders_qty_idx ON orders (qty); END IF; END $$;
