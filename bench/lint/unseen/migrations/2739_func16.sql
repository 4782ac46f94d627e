CREATE FUNCTION invoice_total16(p_id bigint) RETURNS numeric LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN (SELECT sum(amount) FROM invoices WHERE id = p_id);
END
$$;;
