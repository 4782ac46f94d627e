ALTER TABLE orders ADD COLUMN bucket integer DEFAULT (random() * 10)::integer;
