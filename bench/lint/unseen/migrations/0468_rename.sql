-- UP
ALTER TABLE logs RENAME COLUMN msg TO message;
