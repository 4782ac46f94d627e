ALTER TABLE cache_entries RENAME TO kv_cache;;
