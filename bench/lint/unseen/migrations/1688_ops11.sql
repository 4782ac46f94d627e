SET SESSION lock_timeout = 3000;
ALTER TABLE posts SET (autovacuum_vacuum_cost_limit = 2000, autovacuum_vacuum_cost_delay = 2);;
