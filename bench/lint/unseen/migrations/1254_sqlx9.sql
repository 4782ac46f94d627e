-- no-transaction
CREATE INDEX CONCURRENTLY IF NOT EXISTS posts_views_idx ON posts (views);;
