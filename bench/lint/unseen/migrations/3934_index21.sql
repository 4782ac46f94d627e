CREATE INDEX posts_title_prefix_idx21 ON posts (lower(title) text_pattern_ops);;
