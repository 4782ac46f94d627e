CREATE OR REPLACE FUNCTION cents_to_amount(cents bigint) RETURNS numeric
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT cents / 100.0 $$;;
