SET lock_timeout = '3s';
ALTER TABLE users ADD COLUMN score numeric(6, 2);
