CREATE TABLE IF NOT EXISTS schema_migrations (version bigint PRIMARY KEY, dirty boolean NOT NULL);
ALTER TABLE shipments ADD COLUMN delivered_at timestamptz;;
