UPDATE posts SET views = 0 WHERE id = ANY (ARRAY[1, 2, 3]);;
