ALTER TABLE shipments ADD COLUMN created_at timestamptz NOT NULL DEFAULT statement_timestamp();;
