-- UP
ALTER TABLE orders ADD COLUMN a1 text, ADD COLUMN a2 text;
