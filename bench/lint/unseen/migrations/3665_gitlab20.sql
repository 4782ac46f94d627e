CREATE UNIQUE INDEX CONCURRENTLY index_posts_on_user_id_and_title ON posts (user_id, title);;
