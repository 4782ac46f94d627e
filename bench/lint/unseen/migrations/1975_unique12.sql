CREATE UNIQUE INDEX CONCURRENTLY orders_customer_open_key ON orders (customer_id) WHERE status = 'pending';;
