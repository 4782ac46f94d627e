CREATE OR REPLACE FUNCTION customer_order_count18(p_customer bigint) RETURNS bigint
LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN (SELECT count(*) FROM orders WHERE customer_id = p_customer);
END
$$;;
