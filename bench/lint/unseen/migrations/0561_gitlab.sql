SET lock_timeout = '5s';
SET statement_timeout = '15s';
ALTER TABLE users ADD COLUMN bio text;
