COMMENT ON COLUMN recent_orders.status IS 'order state at read time';;
