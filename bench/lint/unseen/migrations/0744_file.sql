CREATE TABLE IF NOT EXISTS posts_tags (post_id bigint NOT NULL REFERENCES posts ON DELETE CASCADE, tag text NOT NULL, PRIMARY KEY (post_id, tag));
