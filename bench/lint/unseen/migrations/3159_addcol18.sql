ALTER TABLE posts ADD COLUMN view_count_cache bigint NOT NULL DEFAULT (0);;
