ALTER TABLE posts ADD COLUMN headline varchar;
ALTER TABLE posts ADD CONSTRAINT posts_headline_not_null CHECK (headline IS NOT NULL) NOT VALID;;
