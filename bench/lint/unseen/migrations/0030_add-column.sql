ALTER TABLE orders ADD COLUMN c7_default jsonb DEFAULT '{}';
