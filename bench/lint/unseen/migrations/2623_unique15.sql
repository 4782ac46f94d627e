ALTER TABLE posts ADD CONSTRAINT posts_published_key UNIQUE NULLS NOT DISTINCT (published);;
