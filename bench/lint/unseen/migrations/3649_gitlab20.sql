DO $$
DECLARE
  attempt integer := 0;
BEGIN
  LOOP
    BEGIN
      PERFORM set_config('lock_timeout', (100 * (attempt + 1))::text || 'ms', true);
      ALTER TABLE posts ADD COLUMN editor_id bigint;
      EXIT;
    EXCEPTION WHEN lock_not_available THEN
      attempt := attempt + 1;
      IF attempt >= 40 THEN
        RAISE;
      END IF;
      PERFORM pg_sleep(0.1 * attempt);
    END;
  END LOOP;
END
$$;;
