CREATE UNIQUE INDEX CONCURRENTLY posts_user_title_uq ON posts (user_id, title);;
