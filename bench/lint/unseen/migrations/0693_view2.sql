ALTER MATERIALIZED VIEW order_totals CLUSTER ON order_totals_customer_idx;
