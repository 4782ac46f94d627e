CREATE FUNCTION customer_name(p_id bigint) RETURNS text LANGUAGE sql STABLE AS $$ SELECT name FROM customers WHERE id = p_id $$;;
