ALTER TABLE orders ADD COLUMN c1_plain bigint;
