ALTER TABLE orders ALTER COLUMN tax TYPE numeric(12, 4);
