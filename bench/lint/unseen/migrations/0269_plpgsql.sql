DO $$ BEGIN EXECUTE 'CREATE INDEX orders_created_idx ON orders (created_at)'; END $$;
