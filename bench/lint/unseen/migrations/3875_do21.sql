DO $$
DECLARE
  r record;
BEGIN
  FOR r IN SELECT inhrelid::regclass AS part FROM pg_inherits WHERE inhparent = 'metrics'::regclass LOOP
    EXECUTE format('ANALYZE %s', r.part);
  END LOOP;
END
$$;;
