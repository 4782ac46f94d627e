ALTER TABLE posts ADD COLUMN slug text;
CREATE UNIQUE INDEX CONCURRENTLY posts_slug_idx ON posts (slug);
