ALTER TABLE orders ADD COLUMN c9_plain date;
