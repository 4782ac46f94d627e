ALTER TABLE logs_default SET (autovacuum_vacuum_cost_delay = 0);;
