DELETE FROM cache_entries WHERE key = 'k1';;
