CREATE FUNCTION set_region(c bigint, r text) RETURNS void LANGUAGE sql AS $$ UPDATE customers SET region = r WHERE id = c $$;
