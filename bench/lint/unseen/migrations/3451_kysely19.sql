create index concurrently if not exists "users_created_at_index" on "users" ("created_at");
