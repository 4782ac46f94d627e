ALTER MATERIALIZED VIEW order_totals RENAME TO order_totals_v1;;
