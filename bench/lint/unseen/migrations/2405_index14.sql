CREATE INDEX CONCURRENTLY users_name_trgm ON users USING gin (name gin_trgm_ops);;
