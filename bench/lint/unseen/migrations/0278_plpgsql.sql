DO $$ BEGIN EXECUTE 'ALTER TABLE orders ADD COLUMN ' || 'x_' || to_char(now(), 'YYYY') || ' text'; END $$;
