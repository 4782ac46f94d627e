ALTER TABLE posts ADD COLUMN editor_id bigint;
CREATE INDEX CONCURRENTLY posts_editor_idx ON posts (editor_id);
