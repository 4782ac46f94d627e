CREATE INDEX CONCURRENTLY orders_recent_idx ON orders (id) WHERE created_at > now() - interval '30 days';;
