COMMENT ON VIEW recent_orders IS 'for the dashboard';;
