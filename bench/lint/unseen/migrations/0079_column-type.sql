ALTER TABLE orders ALTER COLUMN tax TYPE numeric(14, 2);
