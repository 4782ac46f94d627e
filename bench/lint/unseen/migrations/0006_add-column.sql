ALTER TABLE orders ADD COLUMN c1_default bigint DEFAULT 0;
