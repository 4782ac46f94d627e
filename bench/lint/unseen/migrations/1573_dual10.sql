ALTER TABLE posts ADD COLUMN content text;
CREATE FUNCTION posts_content_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.content IS NULL THEN
    NEW.content := NEW.body;
  ELSIF NEW.body IS NULL OR NEW.body IS DISTINCT FROM NEW.content THEN
    NEW.body := NEW.content;
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER posts_content_sync BEFORE INSERT OR UPDATE ON posts
  FOR EACH ROW EXECUTE PROCEDURE posts_content_sync();;
