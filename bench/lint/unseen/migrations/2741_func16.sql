CREATE FUNCTION posts_guard16() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.views < 0 THEN
    RAISE EXCEPTION 'negative views'
  END IF;
  RETURN NEW;
END
$$;;
