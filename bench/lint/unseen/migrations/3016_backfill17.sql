UPDATE posts SET published = true WHERE id = 1;;
