CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS _pgroll_new_users_name_key ON users (name);;
