SET LOCAL lock_timeout = '1s';
ALTER TABLE users ALTER COLUMN admin SET DEFAULT false;;
