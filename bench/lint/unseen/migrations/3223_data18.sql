UPDATE users SET login_count = 0;;
