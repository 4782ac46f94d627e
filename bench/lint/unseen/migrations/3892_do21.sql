DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['ledger', 'accounts'] LOOP
    EXECUTE 'ALTER TABLE ' || quote_ident(t) || ' SET (fillfactor = 90)';
  END LOOP;
END
$$;;
