ALTER TABLE shipments ADD COLUMN shipped_at timestamp without time zone DEFAULT statement_timestamp();;
