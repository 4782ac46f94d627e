ALTER TABLE orders ADD COLUMN c0_default integer DEFAULT 0;
