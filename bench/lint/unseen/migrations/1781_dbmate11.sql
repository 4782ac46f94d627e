-- migrate:up transaction:false
CREATE INDEX CONCURRENTLY IF NOT EXISTS accounts_owner_id_idx ON accounts (owner_id);

-- migrate:down

