CREATE OR REPLACE FUNCTION posts_touch_fn() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.title = OLD.title THEN
    RETURN NULL;
  END IF;
  RETURN NEW;
END
$$;;
