ALTER TABLE cache_entries SET (fillfactor = 50, autovacuum_vacuum_scale_factor = 0.02);;
