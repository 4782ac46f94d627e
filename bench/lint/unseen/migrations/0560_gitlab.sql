ALTER TABLE posts ADD COLUMN score integer;
ALTER TABLE posts ADD CONSTRAINT posts_score_range CHECK (score BETWEEN 0 AND 100);
