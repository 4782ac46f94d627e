CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX users_name_trgm_idx21 ON users USING gin (name gin_trgm_ops);;
