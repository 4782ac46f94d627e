CREATE PROCEDURE rebuild_totals16() LANGUAGE plpgsql AS $$
BEGIN
  REFRESH MATERIALIZED VIEW order_totals;
END
$$;;
