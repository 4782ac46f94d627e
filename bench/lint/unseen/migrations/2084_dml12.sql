DELETE FROM cache_entries WHERE key IN ('k1', 'k2');;
