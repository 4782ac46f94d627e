CREATE INDEX CONCURRENTLY "index_users_on_admin" ON "users" ("id") WHERE admin = true;
