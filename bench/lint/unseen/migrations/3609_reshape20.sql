ALTER TABLE customers ADD COLUMN __reshape_0007_first_name text;
CREATE SCHEMA migration_0007_split_name;
CREATE VIEW migration_0007_split_name.customers AS SELECT id, email, split_part(name, ' ', 1) AS first_name, name AS last_name, region, score, created_at FROM public.customers;
CREATE OR REPLACE VIEW migration_0007_split_name.customers AS
  SELECT id, email, __reshape_0007_first_name AS first_name, region, score, created_at
    FROM public.customers;;
