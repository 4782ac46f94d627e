DO $$
BEGIN
  EXECUTE 'ALTER TABLE ' || quote_ident('ledger') || ' ADD COLUMN IF NOT EXISTS memo2 text';
END
$$;;
