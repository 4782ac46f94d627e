WITH batch AS (SELECT id FROM posts WHERE published IS NULL ORDER BY id LIMIT 500)
UPDATE posts SET published = false FROM batch WHERE posts.id = batch.id;
