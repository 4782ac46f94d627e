ALTER TABLE orders ADD COLUMN c10_default integer[] DEFAULT '{}';
