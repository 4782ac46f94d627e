CREATE INDEX CONCURRENTLY index_posts_on_created_at ON posts (created_at);;
