DELETE FROM cache_entries;;
