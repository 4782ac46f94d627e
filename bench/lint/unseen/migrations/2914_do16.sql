DO $$
DECLARE r record;
BEGIN
  FOR r IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename LIKE 'tmp\_%' LOOP
    EXECUTE format('DROP TABLE %I', r.tablename);
  END LOOP;
END
$$;;
