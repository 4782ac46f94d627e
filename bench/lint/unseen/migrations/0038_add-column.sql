-- UP
ALTER TABLE orders ADD COLUMN c9_default date DEFAULT '2024-01-01';
