ALTER TABLE logs ADD COLUMN level text;
