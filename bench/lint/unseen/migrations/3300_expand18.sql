SELECT pg_advisory_xact_lock(18);
ALTER TABLE shipments ADD COLUMN label_url text;;
