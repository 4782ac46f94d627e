ALTER TABLE orders ALTER COLUMN qty TYPE numeric(10, 0), ALTER COLUMN tax TYPE numeric(14, 2);;
