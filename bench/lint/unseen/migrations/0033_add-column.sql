ALTER TABLE orders ADD COLUMN c8_plain uuid;
