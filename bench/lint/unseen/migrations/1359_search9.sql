CREATE INDEX CONCURRENTLY posts_body_fts_idx ON posts USING gin (to_tsvector('english', coalesce(body, '')));;
