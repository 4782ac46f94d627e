CREATE FUNCTION add_tenant_column21(tbl text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('ALTER TABLE %I ADD COLUMN IF NOT EXISTS tenant_id bigint', tbl);
END
$$;
SELECT add_tenant_column21('ledger');;
