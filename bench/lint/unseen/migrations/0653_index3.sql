CREATE INDEX CONCURRENTLY posts_created_brin ON posts USING brin (created_at) WITH (pages_per_range = 32);
