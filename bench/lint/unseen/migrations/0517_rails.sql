CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS "index_users_on_lower_email" ON "users" (lower("email"));
