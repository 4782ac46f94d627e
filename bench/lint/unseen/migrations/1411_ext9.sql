CREATE EXTENSION pg_trgm;
CREATE INDEX users_name_trgm9 ON users USING gin (name gin_trgm_ops);
DROP EXTENSION IF EXISTS pg_trgm CASCADE;;
