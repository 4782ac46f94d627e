DO $$
DECLARE r record;
BEGIN
  FOR r IN SELECT id FROM accounts WHERE id <= 10 LOOP
    UPDATE accounts SET plan = 'legacy' WHERE id = r.id;
  END LOOP;
END
$$;;
