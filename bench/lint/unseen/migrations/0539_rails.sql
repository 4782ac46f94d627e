-- UP
CREATE TABLE "comments" ("id" bigserial primary key, "post_id" bigint NOT NULL, "body" text, "created_at" timestamp(6) NOT NULL, "updated_at" timestamp(6) NOT NULL, CONSTRAINT "fk_rails_comments_post" FOREIGN KEY ("post_id") REFERENCES "posts" ("id"));
