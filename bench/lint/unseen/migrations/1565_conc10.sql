CREATE INDEX CONCURRENTLY orders_paid_at_idx ON orders (paid_at);;
