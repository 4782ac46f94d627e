ALTER TABLE orders ALTER COLUMN qty TYPE numeric(10, 0);
