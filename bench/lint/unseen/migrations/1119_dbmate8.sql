-- migrate:up transaction:false
DROP INDEX CONCURRENTLY IF EXISTS index_posts_on_user_id;

-- migrate:down

