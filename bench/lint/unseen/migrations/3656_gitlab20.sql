ALTER TABLE posts ADD COLUMN summary text CONSTRAINT check_posts_summary_length CHECK (char_length(summary) <= 1024);;
