BEGIN;
DO $$
BEGIN
  FOR i IN 1..3 LOOP
    INSERT INTO cache_entries (key, value) VALUES ('warmup16-' || i, 'x');
    COMMIT;
  END LOOP;
END
$$;
COMMIT;
