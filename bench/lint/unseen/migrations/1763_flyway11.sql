-- R__order_tax.sql
CREATE OR REPLACE FUNCTION order_tax(o orders) RETURNS numeric
LANGUAGE sql STABLE AS $$ SELECT coalesce(o.tax, round(o.total * 0.2, 2)) $$;;
