DROP VIEW IF EXISTS recent_orders;;
