ALTER TABLE customers ALTER COLUMN name TYPE text;
