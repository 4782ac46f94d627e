CREATE INDEX CONCURRENTLY accounts_owner_id_idx ON accounts (owner_id) WHERE owner_id IS NOT NULL;;
