ALTER TABLE orders ALTER COLUMN currency TYPE text;
