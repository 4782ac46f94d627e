ALTER TABLE orders ALTER COLUMN currency TYPE char(5);
