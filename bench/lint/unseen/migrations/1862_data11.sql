UPDATE posts SET views = 0 WHERE views IS NULL;;
