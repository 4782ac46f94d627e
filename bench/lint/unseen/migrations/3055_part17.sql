ALTER TABLE logs_default ADD CONSTRAINT logs_default_recent17 CHECK (at >= '2025-01-01') NOT VALID;;
