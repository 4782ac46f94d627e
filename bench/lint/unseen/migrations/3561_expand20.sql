ALTER TABLE posts ADD COLUMN headline varchar;
CREATE FUNCTION posts_title_headline_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    NEW.headline := coalesce(NEW.headline, NEW.title);
    NEW.title := coalesce(NEW.title, NEW.headline);
  ELSIF NEW.title IS DISTINCT FROM OLD.title THEN
    NEW.headline := NEW.title;
  ELSIF NEW.headline IS DISTINCT FROM OLD.headline THEN
    NEW.title := NEW.headline;
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER posts_title_headline_sync BEFORE INSERT OR UPDATE ON posts
  FOR EACH ROW EXECUTE FUNCTION posts_title_headline_sync();;
