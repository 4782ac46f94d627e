CREATE INDEX CONCURRENTLY orders_cust_status_idx ON orders (customer_id, status);
