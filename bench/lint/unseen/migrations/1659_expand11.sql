CREATE SCHEMA app_v2;
CREATE VIEW app_v2.posts AS SELECT id, user_id AS author_id, title, body FROM public.posts;
CREATE FUNCTION app_v2.posts_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO public.posts (user_id, title, body, created_at)
  VALUES (NEW.author_id, NEW.title, NEW.body, now())
  RETURNING id INTO NEW.id;
  RETURN NEW;
END
$$;
CREATE TRIGGER posts_insert INSTEAD OF INSERT ON app_v2.posts
  FOR EACH ROW EXECUTE FUNCTION app_v2.posts_insert();;
