DELETE FROM cache_entries WHERE value = 'v';;
