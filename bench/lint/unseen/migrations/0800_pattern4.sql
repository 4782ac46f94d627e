-- UP
SET lock_timeout = '3s';
