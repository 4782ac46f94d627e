create index concurrently if not exists "posts_created_at_index" on "posts" ("created_at");
