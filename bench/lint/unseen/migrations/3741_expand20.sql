CREATE TABLE customer_profiles (customer_id bigint PRIMARY KEY, notes text, score int);
CREATE FUNCTION customers_to_profiles() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO customer_profiles (customer_id, notes, score) VALUES (NEW.id, NEW.notes, NEW.score)
  ON CONFLICT (customer_id) DO UPDATE SET notes = EXCLUDED.notes, score = EXCLUDED.score;
  RETURN NULL;
END
$$;
CREATE TRIGGER customers_to_profiles AFTER INSERT OR UPDATE OF notes, score ON customers
  FOR EACH ROW EXECUTE PROCEDURE customers_to_profiles();;
