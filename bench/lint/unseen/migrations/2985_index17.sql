BEGIN;
CREATE INDEX CONCURRENTLY posts_views_idx17 ON posts (views);
COMMIT;
