ALTER TABLE customers ADD COLUMN __reshape_0007_first_name text, ADD COLUMN __reshape_0007_last_name text;
ALTER TABLE customers DROP COLUMN __reshape_0007_first_name, DROP COLUMN __reshape_0007_last_name;;
