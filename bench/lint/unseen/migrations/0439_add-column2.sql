-- UP
ALTER TABLE logs ADD COLUMN source text NOT NULL DEFAULT 'app';
