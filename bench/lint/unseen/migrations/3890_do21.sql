DO $$
BEGIN
  PERFORM pg_advisory_xact_lock(2101);
  ALTER TABLE accounts ADD COLUMN suspended_at timestamptz;
END
$$;;
