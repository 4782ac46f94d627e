CREATE FUNCTION customer_region16(p_id bigint) RETURNS text LANGUAGE sql STABLE PARALLEL SAFE
  RETURN (SELECT region FROM customers WHERE id = p_id);;
