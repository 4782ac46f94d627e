DO $$ BEGIN EXECUTE 'CREATE INDEX CONCURRENTLY orders_qty_idx ON orders (qty)'; END $$;
