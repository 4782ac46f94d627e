CREATE FUNCTION orders_by_status16(s order_status) RETURNS SETOF bigint LANGUAGE sql STABLE ROWS 100 AS $$ SELECT id FROM orders WHERE status = s $$;;
