DO $$
DECLARE i int;
BEGIN
  FOR i IN 0..3 LOOP
    UPDATE accounts SET plan = 'free' WHERE plan IS NULL AND id > i * 1000 AND id <= (i + 1) * 1000;
  END LOOP;
END
$$;;
