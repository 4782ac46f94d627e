DROP INDEX CONCURRENTLY IF EXISTS index_orders_on_legacy_code;;
