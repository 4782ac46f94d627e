COMMENT ON CONSTRAINT orders_total_nonneg ON orders IS 'NOT VALID until the 2019 rows are fixed';;
