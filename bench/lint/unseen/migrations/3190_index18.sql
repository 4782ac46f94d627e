CREATE INDEX CONCURRENTLY posts_title_trgm18 ON posts USING gin (title gin_trgm_ops);;
