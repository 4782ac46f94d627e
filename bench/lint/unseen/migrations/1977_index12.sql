CREATE INDEX posts_published_idx ON posts (published);;
