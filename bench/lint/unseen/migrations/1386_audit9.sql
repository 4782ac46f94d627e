DELETE FROM users WHERE id = 12;;
