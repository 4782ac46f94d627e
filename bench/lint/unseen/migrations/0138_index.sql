CREATE INDEX orders_cust_status_idx ON orders (customer_id, status);
