DO $$
BEGIN
  FOR attempt IN 1..5 LOOP
    BEGIN
      SET LOCAL lock_timeout = '1s';
      ALTER TABLE events ADD COLUMN session_id uuid;
      RETURN;
    EXCEPTION WHEN lock_not_available THEN
      PERFORM pg_sleep(attempt);
    END;
  END LOOP;
  RAISE EXCEPTION 'could not lock events';
END
$$;;
