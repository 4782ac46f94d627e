ALTER TABLE events SET (autovacuum_vacuum_insert_scale_factor = 0.05);;
