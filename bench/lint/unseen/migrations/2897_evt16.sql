CREATE FUNCTION log_ddl16() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN RAISE NOTICE 'ddl: %', tg_tag; END $$;
CREATE EVENT TRIGGER rewrites16 ON table_rewrite EXECUTE PROCEDURE log_ddl16();;
