ALTER TABLE customers ADD COLUMN email_lower text;
CREATE FUNCTION customers_email_lower_sync() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.email_lower := lower(NEW.email); RETURN NEW; END $$;
CREATE TRIGGER customers_email_lower_sync BEFORE INSERT OR UPDATE OF email ON customers FOR EACH ROW EXECUTE PROCEDURE customers_email_lower_sync();
DROP FUNCTION customers_email_lower_sync();;
