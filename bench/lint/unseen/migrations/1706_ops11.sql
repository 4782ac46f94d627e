ALTER TABLE orders RESET (autovacuum_vacuum_scale_factor, autovacuum_analyze_scale_factor);;
