CREATE INDEX CONCURRENTLY orders_customer_created_idx ON orders (customer_id) INCLUDE (total, created_at);;
