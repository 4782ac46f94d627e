ALTER TABLE accounts ADD COLUMN api_key text DEFAULT md5(clock_timestamp()::text);;
