CREATE FUNCTION log_ddl16() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN RAISE NOTICE 'ddl: %', tg_tag; END $$;
CREATE EVENT TRIGGER no_drops16 ON sql_drop WHEN TAG IN ('DROP TABLE') EXECUTE PROCEDURE log_ddl16();;
