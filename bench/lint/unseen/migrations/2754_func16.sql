CREATE OR REPLACE FUNCTION posts_touch_fn() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.missing_col := now();
  RETURN NEW;
END
$$;;
