DO $$
DECLARE s text;
BEGIN
  FOR s IN SELECT nspname FROM pg_namespace WHERE nspname LIKE 'tenant\_%' LOOP
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO PUBLIC', s);
  END LOOP;
END
$$;;
