UPDATE posts SET published = false WHERE id IN (SELECT id FROM posts WHERE published IS NULL ORDER BY id LIMIT 1000);
