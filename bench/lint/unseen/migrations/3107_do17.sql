DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['posts', 'users'] LOOP
    EXECUTE 'CREATE INDEX IF NOT EXISTS ' || t || '_created_at_idx17 ON ' || t || ' (created_at)';
  END LOOP;
END
$$;;
