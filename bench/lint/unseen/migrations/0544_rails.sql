ALTER TABLE "posts" ADD "doc_id" bigint;
ALTER TABLE "posts" ADD CONSTRAINT "fk_rails_posts_doc" FOREIGN KEY ("doc_id") REFERENCES "orders" ("id");
