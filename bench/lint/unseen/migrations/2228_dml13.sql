DELETE FROM posts WHERE id = 10;;
