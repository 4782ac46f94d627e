CREATE TABLE tag_counts18 (tag text PRIMARY KEY, n bigint NOT NULL DEFAULT 0);
CREATE FUNCTION bump_tag18() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO tag_counts18 (tag, n) VALUES (NEW.tag, 1)
  ON CONFLICT (tag) DO UPDATE SET n = tag_counts18.n + 1;
  RETURN NEW;
END
$$;
CREATE TABLE taggings18 (post_id bigint NOT NULL, tag text NOT NULL);
CREATE TRIGGER taggings18_bump AFTER INSERT ON taggings18 FOR EACH ROW EXECUTE FUNCTION bump_tag18();;
