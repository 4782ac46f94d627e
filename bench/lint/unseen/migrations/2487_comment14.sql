COMMENT ON COLUMN recent_orders.status IS 'order status';;
