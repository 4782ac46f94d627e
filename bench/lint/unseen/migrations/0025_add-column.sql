ALTER TABLE orders ADD COLUMN c6_plain timestamptz;
