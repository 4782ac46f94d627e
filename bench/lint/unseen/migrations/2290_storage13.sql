ALTER TABLE cache_entries SET (parallel_workers = 2);;
