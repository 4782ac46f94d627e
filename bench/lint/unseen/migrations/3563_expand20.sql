ALTER TABLE posts ADD COLUMN headline varchar;
UPDATE posts SET headline = title;;
