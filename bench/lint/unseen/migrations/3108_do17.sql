DO $$
BEGIN
  EXECUTE 'UPDATE accounts SET plan = ''free'' WHERE plan IS NULL';
END
$$;;
