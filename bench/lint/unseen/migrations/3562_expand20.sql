ALTER TABLE posts ADD COLUMN headline varchar;
UPDATE posts SET headline = title WHERE id BETWEEN 1 AND 500 AND headline IS NULL;;
