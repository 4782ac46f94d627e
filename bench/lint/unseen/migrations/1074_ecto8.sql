CREATE INDEX CONCURRENTLY "users_updated_at_index" ON "users" ("updated_at");
