DO $$
BEGIN
  EXECUTE 'ALTER TABLE posts ADD CONSTRAINT posts_views_nonneg17 CHECK (views >= 0) NOT VALID';
  EXECUTE 'ALTER TABLE posts VALIDATE CONSTRAINT posts_views_nonneg17';
END
$$;;
