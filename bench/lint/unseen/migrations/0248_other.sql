CREATE FUNCTION purge_events() RETURNS void LANGUAGE plpgsql AS $$ BEGIN DELETE FROM events; END $$;
