ALTER TABLE users ALTER COLUMN admin TYPE integer USING admin::integer;
