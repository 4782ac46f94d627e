SET lock_timeout = '3s';
ALTER TABLE ledger ALTER COLUMN amount TYPE numeric(20, 0);;
