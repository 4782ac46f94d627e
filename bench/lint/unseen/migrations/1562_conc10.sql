CREATE INDEX CONCURRENTLY posts_user_id_published_idx ON posts (user_id) WHERE published;;
