ALTER TABLE orders ADD COLUMN region text DEFAULT 'eu' CHECK (region IN ('eu', 'us'));
