COMMENT ON VIEW recent_orders IS 'orders of the last 30 days, for the dashboard';;
