SET lock_timeout = '1s';
ALTER TABLE ledger SET (autovacuum_vacuum_scale_factor = 0.01);;
