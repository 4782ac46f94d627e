ALTER TABLE logs ADD COLUMN request_id uuid;;
