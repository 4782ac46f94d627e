ALTER MATERIALIZED VIEW order_totals SET (autovacuum_enabled = false);;
