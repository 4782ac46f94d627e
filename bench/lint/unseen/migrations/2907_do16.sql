DO $$
BEGIN
  EXECUTE 'CREATE INDEX posts_views_idx16 ON posts (views)';
END
$$;;
