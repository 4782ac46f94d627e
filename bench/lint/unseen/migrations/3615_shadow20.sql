CREATE TABLE pgosc_op_accounts (op_id bigserial PRIMARY KEY, op char(1) NOT NULL, row_id bigint NOT NULL);
CREATE FUNCTION pgosc_capture_accounts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    INSERT INTO pgosc_op_accounts (op, row_id) VALUES ('D', OLD.id);
  ELSE
    INSERT INTO pgosc_op_accounts (op, row_id) VALUES (left(TG_OP, 1), NEW.id);
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER pgosc_capture_accounts AFTER INSERT OR UPDATE OR DELETE ON accounts
  FOR EACH ROW EXECUTE PROCEDURE pgosc_capture_accounts();;
