CREATE TRIGGER posts_published BEFORE UPDATE OF published ON posts FOR EACH ROW WHEN (OLD.published IS DISTINCT FROM NEW.published) EXECUTE PROCEDURE posts_touch_fn();
