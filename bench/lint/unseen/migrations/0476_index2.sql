CREATE INDEX IF NOT EXISTS accounts_created_idx ON accounts (created_at);
