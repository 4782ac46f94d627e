SET lock_timeout = '3s';
ALTER TABLE ledger ADD COLUMN reconciled boolean;;
