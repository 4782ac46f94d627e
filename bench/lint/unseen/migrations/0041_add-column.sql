ALTER TABLE orders ADD COLUMN c10_plain integer[];
