ALTER VIEW recent_orders RENAME COLUMN status TO order_status;;
