CREATE INDEX CONCURRENTLY "index_users_on_name" ON "users" ("name");
