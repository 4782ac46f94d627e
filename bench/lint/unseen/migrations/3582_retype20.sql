ALTER TABLE orders ALTER COLUMN qty TYPE bigint;
SET lock_timeout = '5s';;
