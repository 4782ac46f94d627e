CREATE UNIQUE INDEX CONCURRENTLY accounts_name_uq ON accounts (name);
