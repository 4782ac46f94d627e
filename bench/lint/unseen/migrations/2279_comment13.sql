COMMENT ON TYPE order_status IS 'lifecycle of an order';;
