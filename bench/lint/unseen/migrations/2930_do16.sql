CREATE OR REPLACE FUNCTION purge_sessions16(days int) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('DELETE FROM %I WHERE at < now() - %L::interval', 'events', days || ' days');
END
$$;;
