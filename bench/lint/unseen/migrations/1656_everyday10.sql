TRUNCATE cache_entries;;
