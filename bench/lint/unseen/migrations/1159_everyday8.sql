ALTER TABLE cache_entries SET (autovacuum_vacuum_cost_limit = 2000, toast_tuple_target = 256);
