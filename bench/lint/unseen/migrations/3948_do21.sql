DO $$
BEGIN
  EXECUTE 'ALTER TABLE ' || 'ledger' || ' ADD COLUMN ' || 'audit_id bigint';
END
$$;;
