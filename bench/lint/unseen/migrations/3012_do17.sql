DO $$
BEGIN
  EXECUTE 'DROP INDEX IF EXISTS index_posts_on_user_id';
  EXECUTE 'CREATE INDEX index_posts_on_user_id ON posts (user_id, created_at)';
END
$$;;
