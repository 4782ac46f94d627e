ALTER MATERIALIZED VIEW order_totals SET (fillfactor = 90);
