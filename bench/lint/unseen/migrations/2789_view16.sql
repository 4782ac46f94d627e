DROP VIEW recent_orders RESTRICT;;
