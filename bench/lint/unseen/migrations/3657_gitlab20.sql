ALTER TABLE posts ADD CONSTRAINT check_posts_title_length CHECK (char_length(title) <= 5) NOT VALID;
ALTER TABLE posts VALIDATE CONSTRAINT check_posts_title_length;;
