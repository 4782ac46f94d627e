COMMENT ON COLUMN orders.qty IS 'units';
