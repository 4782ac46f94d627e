DROP STATISTICS IF EXISTS orders_stats_old;;
