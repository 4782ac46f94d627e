ALTER TABLE orders ADD COLUMN imported_at timestamptz DEFAULT now();
