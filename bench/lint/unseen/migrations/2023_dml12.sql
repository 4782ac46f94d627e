UPDATE users SET login_count = 0 WHERE login_count IS NULL;;
