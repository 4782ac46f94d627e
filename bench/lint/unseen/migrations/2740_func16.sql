SET check_function_bodies = false;
CREATE FUNCTION invoice_count16() RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT count(*) FROM invoices $$;;
