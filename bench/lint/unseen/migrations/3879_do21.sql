DO $$
DECLARE
  i integer;
BEGIN
  FOR i IN 0..3 LOOP
    UPDATE ledger SET amount = coalesce(amount, 0) WHERE id > i * 500 AND id <= (i + 1) * 500;
  END LOOP;
END
$$;;
