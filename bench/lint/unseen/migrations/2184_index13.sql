CREATE UNIQUE INDEX CONCURRENTLY orders_customer_uq ON orders (customer_id);;
