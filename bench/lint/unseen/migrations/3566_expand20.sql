ALTER TABLE posts ADD COLUMN headline varchar;
UPDATE posts SET headline = title;
ALTER TABLE posts ADD CONSTRAINT posts_headline_not_null CHECK (headline IS NOT NULL) NOT VALID;
ALTER TABLE posts VALIDATE CONSTRAINT posts_headline_not_null;;
