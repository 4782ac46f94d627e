UPDATE users SET login_count = 0
 WHERE id IN (SELECT id FROM users WHERE login_count IS NULL ORDER BY id LIMIT 500);;
