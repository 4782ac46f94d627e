CREATE OR REPLACE FUNCTION archive_old_events21() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM events WHERE at < now() - interval '1 year';
END
$$;
SELECT archive_old_events21();;
