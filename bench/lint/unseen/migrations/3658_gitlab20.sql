ALTER TABLE posts ADD CONSTRAINT check_posts_title_length CHECK (char_length(title) <= 255) NOT VALID;
-- remove_text_limit, then add_text_limit with the larger limit
ALTER TABLE posts DROP CONSTRAINT IF EXISTS check_posts_title_length;
ALTER TABLE posts ADD CONSTRAINT check_posts_title_length CHECK (char_length(title) <= 1024) NOT VALID;;
