-- events gets millions of inserts a day: vacuum and analyze it more often
ALTER TABLE events SET (autovacuum_vacuum_scale_factor = 0.01, autovacuum_analyze_scale_factor = 0.005);;
