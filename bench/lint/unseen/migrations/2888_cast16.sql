CREATE FUNCTION status_rank16(order_status) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT array_position(enum_range(NULL::order_status), $1) $$;
CREATE CAST (order_status AS integer) WITH FUNCTION status_rank16(order_status);;
