ALTER TABLE posts ADD CONSTRAINT posts_user_title_key17 UNIQUE (user_id, title) INCLUDE (created_at);;
