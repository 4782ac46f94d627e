ALTER MATERIALIZED VIEW order_totals RENAME TO customer_order_totals;
