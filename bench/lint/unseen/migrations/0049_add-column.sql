ALTER TABLE orders ADD COLUMN c12_plain smallint;
