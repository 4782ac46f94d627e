CREATE INDEX CONCURRENTLY idx_accounts_owner_id ON accounts (owner_id);;
