ALTER TABLE posts CLUSTER ON index_posts_on_user_id;
