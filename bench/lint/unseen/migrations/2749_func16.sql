CREATE FUNCTION norm16(t text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lower(t) $$;
CREATE INDEX users_norm_name16 ON users (norm16(name));
CREATE OR REPLACE FUNCTION norm16(t text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT upper(t) $$;;
