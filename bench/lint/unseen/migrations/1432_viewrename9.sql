ALTER VIEW recent_orders SET (security_barrier = true);;
