COMMENT ON MATERIALIZED VIEW order_totals IS 'refreshed nightly';;
