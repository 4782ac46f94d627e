ALTER TABLE posts ADD COLUMN headline varchar;
CREATE FUNCTION posts_title_headline_sync() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER posts_title_headline_sync BEFORE INSERT OR UPDATE ON posts FOR EACH ROW EXECUTE PROCEDURE posts_title_headline_sync();
-- contract: no code reads title any more
DROP TRIGGER posts_title_headline_sync ON posts;
DROP FUNCTION posts_title_headline_sync();
ALTER TABLE posts DROP COLUMN title;;
