CREATE FUNCTION page_size16(n integer DEFAULT 20) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT least(n, 100) $$;
CREATE OR REPLACE FUNCTION page_size16(n integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT least(n, 100) $$;;
