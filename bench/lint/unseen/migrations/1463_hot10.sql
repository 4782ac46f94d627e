CREATE INDEX CONCURRENTLY orders_pending_created_at_idx ON orders (created_at) WHERE status = 'pending';;
