CREATE FUNCTION order_gross(o orders) RETURNS numeric LANGUAGE sql STABLE AS $$ SELECT o.total + coalesce(o.tax, 0) $$;;
