CREATE INDEX CONCURRENTLY posts_published_idx ON posts (published);;
