COMMENT ON TABLE cache_entries IS NULL;;
