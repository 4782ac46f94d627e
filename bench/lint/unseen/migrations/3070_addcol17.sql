ALTER TABLE cache_entries ADD COLUMN created_at timestamptz NOT NULL DEFAULT transaction_timestamp();;
