CREATE INDEX CONCURRENTLY orders_status_created_idx ON orders (status, created_at) INCLUDE (total);;
