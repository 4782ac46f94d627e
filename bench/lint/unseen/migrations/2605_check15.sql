ALTER TABLE logs_default ADD CONSTRAINT logs_default_recent CHECK (at >= DATE '2025-01-01');;
