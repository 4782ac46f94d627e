COMMENT ON TYPE order_status IS 'where an order is';
