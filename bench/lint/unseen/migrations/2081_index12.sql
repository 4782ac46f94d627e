CREATE INDEX CONCURRENTLY "index_users_on_lower_name" ON "users" (lower("name"));;
