-- UP
ALTER TABLE customers ADD COLUMN c14_required inet NOT NULL DEFAULT '127.0.0.1';
