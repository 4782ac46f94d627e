ALTER TABLE orders ADD COLUMN c0_plain integer;
