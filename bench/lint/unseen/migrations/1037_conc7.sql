CREATE INDEX CONCURRENTLY "index_posts_on_user_id_and_created_at" ON "posts" ("user_id", "created_at");
