CREATE SCHEMA migration_0007_split_name;
CREATE VIEW migration_0007_split_name.customers AS
  SELECT id, email, split_part(name, ' ', 1) AS first_name, nullif(substr(name, strpos(name, ' ') + 1), name) AS last_name,
         region, score, created_at
    FROM public.customers;;
