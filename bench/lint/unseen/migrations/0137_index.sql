CREATE INDEX CONCURRENTLY orders_paid_idx ON orders (created_at) WHERE status = 'paid';
