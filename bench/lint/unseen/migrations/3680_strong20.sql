ALTER TABLE "posts" ADD "editor_id" bigint;
CREATE INDEX "index_posts_on_editor_id" ON "posts" ("editor_id");
ALTER TABLE "posts" ADD CONSTRAINT "fk_rails_posts_editor" FOREIGN KEY ("editor_id") REFERENCES "users" ("id");;
