ALTER TABLE orders ADD COLUMN c14_plain inet;
