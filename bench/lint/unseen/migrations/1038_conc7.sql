CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS accounts_name_uq ON accounts (name);
