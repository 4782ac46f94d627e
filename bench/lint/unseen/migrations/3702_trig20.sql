CREATE TABLE order_status_changes (order_id bigint, old_status order_status, new_status order_status, at timestamptz DEFAULT now());
CREATE FUNCTION orders_status_audit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO order_status_changes (order_id, old_status, new_status)
  SELECT n.id, o.status, n.status FROM new_rows n JOIN old_rows o USING (id) WHERE n.status <> o.status;
  RETURN NULL;
END
$$;
CREATE TRIGGER orders_status_audit AFTER UPDATE ON orders
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION orders_status_audit();;
