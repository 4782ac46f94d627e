CREATE FUNCTION invoice_total16(p_id bigint) RETURNS numeric LANGUAGE sql STABLE AS $$ SELECT sum(amount) FROM invoices WHERE id = p_id $$;;
