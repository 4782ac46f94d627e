ALTER TABLE posts ADD COLUMN editor_id bigint;
CREATE INDEX CONCURRENTLY "index_posts_on_editor_id" ON "posts" ("editor_id");;
