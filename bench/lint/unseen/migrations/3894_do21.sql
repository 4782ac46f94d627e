DO $$
BEGIN
  RAISE NOTICE 'rows: %', (SELECT count(*) FROM ledger);
END
$$;;
