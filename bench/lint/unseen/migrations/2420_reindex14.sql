REINDEX TABLE cache_entries;;
