CREATE UNIQUE INDEX CONCURRENTLY users_name_uq18 ON users (name);;
