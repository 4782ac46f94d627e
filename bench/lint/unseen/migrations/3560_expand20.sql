ALTER TABLE posts ADD COLUMN headline varchar;;
