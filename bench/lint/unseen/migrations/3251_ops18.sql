ALTER TABLE accounts SET (parallel_workers = 4);;
