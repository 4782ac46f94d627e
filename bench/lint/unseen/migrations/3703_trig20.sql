CREATE FUNCTION logs_fill_msg() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.msg := coalesce(NEW.msg, '');
  RETURN NEW;
END
$$;
CREATE TRIGGER logs_fill_msg BEFORE INSERT ON logs
  FOR EACH ROW EXECUTE FUNCTION logs_fill_msg();;
