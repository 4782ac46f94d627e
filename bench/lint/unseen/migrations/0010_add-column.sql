ALTER TABLE orders ADD COLUMN c2_default text DEFAULT '';
