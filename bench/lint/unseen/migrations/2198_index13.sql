CREATE INDEX orders_pending_idx ON orders (created_at) WHERE status = 'pending';;
