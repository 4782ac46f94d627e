ALTER VIEW recent_orders RENAME TO recent_orders_v;;
