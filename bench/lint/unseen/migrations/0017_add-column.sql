ALTER TABLE orders ADD COLUMN c4_plain numeric(10, 2);
