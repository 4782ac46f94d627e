-- lockstep:irreversible
-- UP
CREATE OR REPLACE FUNCTION purge_expired_sessions(batch integer DEFAULT 10000) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
  n integer;
BEGIN
  DELETE FROM sessions
   WHERE id IN (SELECT id FROM sessions WHERE expires_at < now() LIMIT batch);
  GET DIAGNOSTICS n = ROW_COUNT;
  RETURN n;
END
$$;

CREATE OR REPLACE FUNCTION drop_old_event_partitions(keep_days integer) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  r record;
BEGIN
  FOR r IN
    SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
     WHERE i.inhparent = 'events_by_day'::regclass
       AND c.relname < format('events_by_day_%s', to_char(current_date - keep_days, 'YYYYMMDD'))
  LOOP
    EXECUTE format('ALTER TABLE events_by_day DETACH PARTITION %I', r.relname);
    EXECUTE format('DROP TABLE %I', r.relname);
  END LOOP;
END
$$;
