CREATE INDEX CONCURRENTLY users_non_admin_idx ON users (id) WHERE NOT admin;;
