ALTER TABLE accounts ADD COLUMN seen_at timestamptz DEFAULT statement_timestamp();
