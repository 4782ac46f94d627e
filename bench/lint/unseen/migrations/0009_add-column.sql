ALTER TABLE orders ADD COLUMN c2_plain text;
