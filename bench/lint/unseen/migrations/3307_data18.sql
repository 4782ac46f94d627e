DELETE FROM posts WHERE id = 3000 AND title = 'post 3000';;
