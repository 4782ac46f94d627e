ALTER TABLE "posts" ADD "author_id" bigint, ADD CONSTRAINT "fk_rails_posts_author" FOREIGN KEY ("author_id") REFERENCES "users" ("id");
