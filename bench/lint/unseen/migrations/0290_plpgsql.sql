CREATE OR REPLACE PROCEDURE archive_events() LANGUAGE sql AS $$ DELETE FROM events WHERE at < now() - interval '1 year' $$;
