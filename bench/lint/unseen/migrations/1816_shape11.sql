ALTER TABLE posts ADD COLUMN tags text[];
CREATE INDEX CONCURRENTLY posts_tags_gin_idx ON posts USING gin (tags);;
