UPDATE posts p SET views = 0 FROM users u WHERE u.id = p.user_id AND u.admin;
