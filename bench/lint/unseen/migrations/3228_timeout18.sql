SET lock_timeout = '5s';
ALTER TABLE users ALTER COLUMN email TYPE text;;
