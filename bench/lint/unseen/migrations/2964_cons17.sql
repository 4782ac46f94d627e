ALTER TABLE posts ADD CONSTRAINT posts_title_len17 CHECK (char_length(title) <= 300) NOT VALID;
ALTER TABLE posts VALIDATE CONSTRAINT posts_title_len17;;
