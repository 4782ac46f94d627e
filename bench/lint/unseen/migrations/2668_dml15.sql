DELETE FROM posts WHERE user_id = 1;;
