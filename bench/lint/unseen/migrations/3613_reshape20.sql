ALTER TABLE customers ADD COLUMN __reshape_0007_first_name text, ADD COLUMN __reshape_0007_last_name text;
CREATE FUNCTION customers_reshape_0007() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.name IS NOT NULL THEN
    NEW.__reshape_0007_first_name := split_part(NEW.name, ' ', 1);
    NEW.__reshape_0007_last_name := nullif(substr(NEW.name, strpos(NEW.name, ' ') + 1), NEW.name);
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER customers_reshape_0007 BEFORE INSERT OR UPDATE ON customers
  FOR EACH ROW EXECUTE PROCEDURE customers_reshape_0007();;
