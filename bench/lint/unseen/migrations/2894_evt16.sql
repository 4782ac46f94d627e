CREATE EVENT TRIGGER touch_ddl16 ON ddl_command_start EXECUTE PROCEDURE touch();;
