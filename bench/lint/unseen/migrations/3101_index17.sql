CREATE INDEX CONCURRENTLY users_name_idx17 ON users (name);
CREATE INDEX CONCURRENTLY users_admin_idx17 ON users (id) WHERE admin;;
