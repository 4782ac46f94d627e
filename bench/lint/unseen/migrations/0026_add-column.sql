ALTER TABLE orders ADD COLUMN c6_default timestamptz DEFAULT '2024-01-01';
