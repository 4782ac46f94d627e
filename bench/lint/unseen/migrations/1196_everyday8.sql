SET lock_timeout = '5s';
ALTER TABLE users ADD COLUMN mfa_enabled boolean;
