DO $$
BEGIN
  IF NOT pg_try_advisory_xact_lock(4242) THEN
    RAISE EXCEPTION 'another deploy is migrating';
  END IF;
END
$$;;
