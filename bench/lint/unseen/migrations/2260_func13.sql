CREATE OR REPLACE FUNCTION posts_touch_fn() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.views := coalesce(NEW.views, 0);
  RETURN NEW;
END
$$;;
