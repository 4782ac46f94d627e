ALTER TABLE orders SET (parallel_workers = 4);
