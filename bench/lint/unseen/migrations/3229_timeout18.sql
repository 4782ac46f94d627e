SET lock_timeout = '5s';
ALTER TABLE users ALTER COLUMN login_count TYPE bigint;;
