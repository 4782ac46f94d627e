CREATE INDEX posts_user_created_idx17 ON posts (user_id, created_at DESC) WITH (fillfactor = 90);;
