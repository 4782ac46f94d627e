-- UP
ALTER TABLE logs ADD COLUMN level text NOT NULL DEFAULT 'info';
