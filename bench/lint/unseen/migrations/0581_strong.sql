CREATE INDEX CONCURRENTLY posts_multi_idx ON posts (user_id, published, created_at, views);
