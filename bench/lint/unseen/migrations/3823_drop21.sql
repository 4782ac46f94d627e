ALTER VIEW recent_orders RENAME TO orders_recent;;
