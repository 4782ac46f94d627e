ALTER TABLE accounts ADD COLUMN tags text[] DEFAULT ARRAY[]::text[];
