CREATE TRIGGER customers_guard BEFORE DELETE ON customers
  FOR EACH ROW EXECUTE PROCEDURE customers_guard_fn();;
