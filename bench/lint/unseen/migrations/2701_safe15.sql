CREATE UNIQUE INDEX CONCURRENTLY accounts_lower_name_uq ON accounts (lower(name));;
