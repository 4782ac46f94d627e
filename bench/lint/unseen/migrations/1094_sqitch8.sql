-- Deploy shop:posts_updated_at to pg
-- requires: posts

BEGIN;

ALTER TABLE posts ADD COLUMN updated_at TIMESTAMPTZ;

CREATE OR REPLACE FUNCTION posts_set_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;

CREATE TRIGGER posts_set_updated_at BEFORE UPDATE ON posts FOR EACH ROW EXECUTE PROCEDURE posts_set_updated_at();

COMMIT;
