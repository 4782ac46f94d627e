CREATE FUNCTION insert_into_loose_fk_deleted() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
CREATE TRIGGER posts_loose_fk_trigger AFTER DELETE ON posts REFERENCING OLD TABLE AS old_table FOR EACH STATEMENT EXECUTE FUNCTION insert_into_loose_fk_deleted();
