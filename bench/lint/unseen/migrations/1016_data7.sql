DELETE FROM cache_entries WHERE value IS NULL;
