CREATE TABLE customer_profiles (customer_id bigint, notes text, score int);
CREATE FUNCTION customers_to_profiles() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO customer_profiles (customer_id, notes, score) VALUES (NEW.id, NEW.notes, NEW.score)
  ON CONFLICT (customer_id) DO UPDATE SET notes = EXCLUDED.notes;
  RETURN NULL;
END
$$;
CREATE TRIGGER customers_to_profiles AFTER INSERT OR UPDATE OF notes, score ON customers
  FOR EACH ROW EXECUTE PROCEDURE customers_to_profiles();
UPDATE customers SET notes = 'vip' WHERE id = 11;;
