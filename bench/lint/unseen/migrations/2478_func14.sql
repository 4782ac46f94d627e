CREATE FUNCTION order_gross_total(o orders) RETURNS numeric LANGUAGE sql IMMUTABLE
  RETURN o.total + coalesce(o.tax, 0);;
