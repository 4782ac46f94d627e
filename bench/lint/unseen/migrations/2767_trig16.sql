CREATE TRIGGER recent_orders_update16 INSTEAD OF UPDATE ON recent_orders
  FOR EACH ROW EXECUTE FUNCTION touch();;
