CREATE FUNCTION touch(integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT $1 $$;
DROP FUNCTION touch(integer);;
