CREATE INDEX CONCURRENTLY posts_published_idx ON posts (created_at DESC) WHERE published;;
