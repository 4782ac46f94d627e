CREATE INDEX CONCURRENTLY posts_title_lower_idx ON posts (lower(title) text_pattern_ops);;
