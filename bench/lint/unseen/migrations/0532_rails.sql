ALTER TABLE "posts" ADD "editor_id" bigint;
CREATE INDEX "index_posts_on_editor_id" ON "posts" ("editor_id");
