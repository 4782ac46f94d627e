CREATE INDEX CONCURRENTLY "index_posts_on_user_id_and_published" ON "posts" ("user_id", "published");;
