SELECT pg_advisory_xact_lock(hashtext('schema_migrations'));
ALTER TABLE accounts ADD COLUMN suspended_at timestamptz;;
