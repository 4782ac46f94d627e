ALTER TABLE logs ADD COLUMN trace_id text DEFAULT md5(clock_timestamp()::text);;
