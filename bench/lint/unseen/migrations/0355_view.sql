CREATE UNIQUE INDEX CONCURRENTLY order_totals_cust_uq ON order_totals (customer_id);
