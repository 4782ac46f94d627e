ALTER VIEW recent_orders OWNER TO postgres;;
