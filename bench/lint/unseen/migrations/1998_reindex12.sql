reindex table concurrently cache_entries;;
