ALTER TABLE customers ADD COLUMN __reshape_0007_first_name text, ADD COLUMN __reshape_0007_last_name text;
ALTER TABLE customers RENAME COLUMN __reshape_0007_first_name TO first_name;
ALTER TABLE customers RENAME COLUMN __reshape_0007_last_name TO last_name;
ALTER TABLE customers DROP COLUMN name;;
