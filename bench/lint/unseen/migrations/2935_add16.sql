CREATE FUNCTION customer_orders16(c customers) RETURNS SETOF orders LANGUAGE sql STABLE AS $$ SELECT * FROM orders WHERE customer_id = c.id $$;;
