DO $$
DECLARE
  p text;
BEGIN
  FOR p IN SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'logs'::regclass LOOP
    EXECUTE 'VACUUM ' || p;
  END LOOP;
END
$$;;
