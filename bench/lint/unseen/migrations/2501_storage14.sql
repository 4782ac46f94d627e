ALTER TABLE customers SET (log_autovacuum_min_duration = 0);;
