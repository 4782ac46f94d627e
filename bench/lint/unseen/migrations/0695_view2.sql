COMMENT ON MATERIALIZED VIEW order_totals IS 'per customer';
