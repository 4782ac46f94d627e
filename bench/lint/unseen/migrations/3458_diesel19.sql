-- Your SQL goes here
ALTER TABLE posts ADD CONSTRAINT posts_title_not_blank CHECK (title <> '');;
