ALTER TABLE orders ALTER COLUMN payload TYPE jsonb;
