CREATE TABLE repack_log_posts (id bigserial PRIMARY KEY, pk bigint NOT NULL, row_data posts);
CREATE FUNCTION repack_log_posts_fn() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO repack_log_posts (pk, row_data) VALUES (NEW.id, NEW);
  RETURN NULL;
END
$$;
CREATE TRIGGER repack_log_posts AFTER INSERT OR UPDATE OR DELETE ON posts
  FOR EACH ROW EXECUTE PROCEDURE repack_log_posts_fn();
DELETE FROM posts WHERE id = 2999;;
