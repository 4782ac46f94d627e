-- Your SQL goes here
ALTER TABLE posts ADD COLUMN slug VARCHAR;
UPDATE posts SET slug = lower(replace(title, ' ', '-'));
ALTER TABLE posts ALTER COLUMN slug SET NOT NULL;;
