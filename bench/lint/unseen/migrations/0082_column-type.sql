ALTER TABLE orders ALTER COLUMN total TYPE numeric;
