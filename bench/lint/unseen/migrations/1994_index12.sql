ALTER TABLE posts ADD COLUMN slug text;
CREATE INDEX posts_slug_idx ON posts (slug);;
