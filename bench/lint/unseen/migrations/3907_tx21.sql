BEGIN;
DROP INDEX IF EXISTS index_posts_on_user_id;
CREATE INDEX index_posts_on_user_id ON posts (user_id) WHERE published;
COMMIT;
