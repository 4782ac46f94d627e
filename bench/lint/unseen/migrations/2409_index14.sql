CREATE UNIQUE INDEX CONCURRENTLY accounts_owner_uq ON accounts (owner_id);;
