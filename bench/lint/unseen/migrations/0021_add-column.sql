ALTER TABLE orders ADD COLUMN c5_plain boolean;
