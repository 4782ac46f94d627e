ALTER TABLE sales ALTER COLUMN amount TYPE bigint;
