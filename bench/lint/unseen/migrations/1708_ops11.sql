ALTER TABLE metrics_2024 SET (autovacuum_vacuum_scale_factor = 0.05);;
