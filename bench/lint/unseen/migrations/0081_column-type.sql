ALTER TABLE orders ALTER COLUMN tax TYPE numeric;
