ALTER TABLE orders ADD COLUMN c12_default smallint DEFAULT 1;
