ALTER TABLE accounts SET (autovacuum_enabled = false);
