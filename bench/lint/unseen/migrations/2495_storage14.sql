ALTER TABLE ledger SET (autovacuum_enabled = false, toast.autovacuum_enabled = false);;
