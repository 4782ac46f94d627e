-- purge old events in batches, committing each one (PostgreSQL 11+)
DO $$
DECLARE
  deleted integer;
BEGIN
  LOOP
    DELETE FROM events WHERE ctid IN (SELECT ctid FROM events WHERE at < now() - interval '90 days' LIMIT 5000);
    GET DIAGNOSTICS deleted = ROW_COUNT;
    EXIT WHEN deleted = 0;
    COMMIT;
  END LOOP;
END
$$;;
