ALTER TABLE users ADD COLUMN last_login timestamp;
