DO $$ BEGIN CREATE INDEX orders_created_idx ON orders (created_at); END $$;
