COMMENT ON VIEW recent_orders IS 'orders of the last week';;
