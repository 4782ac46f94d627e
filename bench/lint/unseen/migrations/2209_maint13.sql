VACUUM FULL cache_entries;;
