-- UP
DELETE FROM posts WHERE id = 17;
