BEGIN;
ALTER TABLE posts ADD COLUMN slug text;
COMMIT;
CREATE INDEX CONCURRENTLY posts_slug_idx ON posts (slug);
