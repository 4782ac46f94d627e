CREATE INDEX orders_paid_idx ON orders (created_at) WHERE status = 'paid';
