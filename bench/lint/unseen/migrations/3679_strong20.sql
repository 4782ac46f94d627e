ALTER TABLE posts ADD COLUMN editor_id bigint;
ALTER TABLE "posts" ADD CONSTRAINT "fk_rails_posts_editor" FOREIGN KEY ("editor_id") REFERENCES "users" ("id") NOT VALID;;
