ALTER TABLE orders ADD COLUMN c7_plain jsonb;
