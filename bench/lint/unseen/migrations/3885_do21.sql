DO $$
BEGIN
  EXECUTE format('UPDATE ledger SET account = %L WHERE id = %s', 'fees', 1);
END
$$;;
