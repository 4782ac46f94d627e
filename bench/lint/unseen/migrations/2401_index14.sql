CREATE INDEX CONCURRENTLY cache_entries_value_pattern_idx ON cache_entries (value text_pattern_ops);;
