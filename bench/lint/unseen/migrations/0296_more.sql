ALTER TABLE customers ADD COLUMN last_seen timestamptz, ADD COLUMN visits integer DEFAULT 0;
