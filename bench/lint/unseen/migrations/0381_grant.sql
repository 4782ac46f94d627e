COMMENT ON CONSTRAINT orders_total_nonneg ON orders IS 'no negative totals';
