COMMENT ON CONSTRAINT orders_total_nonneg ON orders IS 'added NOT VALID, never validated';;
