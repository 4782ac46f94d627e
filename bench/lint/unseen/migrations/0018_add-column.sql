ALTER TABLE orders ADD COLUMN c4_default numeric(10, 2) DEFAULT 0;
