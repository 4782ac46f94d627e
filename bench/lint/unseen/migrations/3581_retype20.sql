SET lock_timeout = '5s';
ALTER TABLE orders ALTER COLUMN qty TYPE bigint;;
