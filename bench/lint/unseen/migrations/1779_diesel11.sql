-- Your SQL goes here
ALTER TABLE posts ALTER COLUMN published SET DEFAULT false;
UPDATE posts SET published = false WHERE id IN (1, 2, 3);;
