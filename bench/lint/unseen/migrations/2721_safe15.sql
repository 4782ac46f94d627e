ALTER TABLE posts ADD CONSTRAINT posts_title_len CHECK (char_length(title) <= 300) NOT VALID;;
