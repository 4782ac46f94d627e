ALTER TABLE users SET (autovacuum_analyze_scale_factor = 0.02);;
