CREATE TABLE "comments" ("id" bigserial primary key, "post_id" bigint NOT NULL, "body" text);
CREATE INDEX "index_comments_on_post_id" ON "comments" ("post_id");
