CREATE INDEX CONCURRENTLY IF NOT EXISTS index_posts_on_published ON posts (published) WHERE published;
