ALTER VIEW recent_orders RENAME TO latest_orders;;
