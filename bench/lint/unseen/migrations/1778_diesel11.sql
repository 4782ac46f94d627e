-- Your SQL goes here
ALTER TABLE posts ADD COLUMN published_at TIMESTAMP;
UPDATE posts SET published_at = created_at WHERE published;;
