UPDATE users u SET login_count = (SELECT count(*) FROM posts p WHERE p.user_id = u.id);;
