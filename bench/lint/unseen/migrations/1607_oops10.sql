UPDATE posts SET user_id = 999999 WHERE id = 1;;
