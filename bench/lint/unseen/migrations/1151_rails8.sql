CREATE UNIQUE INDEX CONCURRENTLY "index_posts_on_title" ON "posts" ("title");
