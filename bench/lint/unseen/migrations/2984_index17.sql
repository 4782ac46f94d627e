SET statement_timeout = 0;
CREATE INDEX CONCURRENTLY posts_views_idx17 ON posts (views);;
