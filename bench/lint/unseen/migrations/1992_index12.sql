CREATE INDEX IF NOT EXISTS index_posts_on_user_id ON posts (user_id);;
