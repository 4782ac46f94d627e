CREATE FUNCTION add_views_check16() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  ALTER TABLE posts ADD CONSTRAINT posts_views_nonneg16 CHECK (views >= 0);
END
$$;
SELECT add_views_check16();;
