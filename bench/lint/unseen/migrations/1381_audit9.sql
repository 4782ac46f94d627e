CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  table_name text NOT NULL,
  op text NOT NULL,
  old_row jsonb,
  new_row jsonb,
  changed_by text NOT NULL,
  changed_at timestamptz NOT NULL DEFAULT now()
);
CREATE OR REPLACE FUNCTION audit_stmt() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO audit_log (table_name, op, new_row, changed_by)
  SELECT TG_TABLE_NAME, TG_OP, to_jsonb(n), current_user FROM new_rows n;
  RETURN NULL;
END
$$;
CREATE TRIGGER customers_audit_stmt AFTER UPDATE ON customers
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE PROCEDURE audit_stmt();;
