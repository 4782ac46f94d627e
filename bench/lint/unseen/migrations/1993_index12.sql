CREATE INDEX IF NOT EXISTS index_posts_on_views ON posts (views);;
