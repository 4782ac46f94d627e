ALTER TABLE posts ADD COLUMN summary text;
ALTER TABLE posts ADD CONSTRAINT check_posts_summary_length CHECK (char_length(summary) <= 1024);;
