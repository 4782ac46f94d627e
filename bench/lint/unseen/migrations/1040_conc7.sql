DROP INDEX CONCURRENTLY IF EXISTS "index_posts_on_title";
