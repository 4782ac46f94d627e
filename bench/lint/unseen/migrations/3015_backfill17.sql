UPDATE users SET login_count = 0 WHERE id BETWEEN 1 AND 1000;;
