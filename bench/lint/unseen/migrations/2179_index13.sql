CREATE INDEX CONCURRENTLY cache_entries_value_hash ON cache_entries USING hash (value);;
