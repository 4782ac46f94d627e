ALTER TABLE orders ALTER COLUMN tax TYPE numeric(12, 2) USING round(tax, 2);;
