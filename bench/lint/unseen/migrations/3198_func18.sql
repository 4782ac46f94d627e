CREATE OR REPLACE FUNCTION slugify18(v text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN lower(regexp_replace(v, '[^a-zA-Z0-9]+', '-', 'g'));;
