CREATE FUNCTION add_nickname() RETURNS void LANGUAGE plpgsql AS $$ BEGIN ALTER TABLE users ADD COLUMN nickname text; END $$;
