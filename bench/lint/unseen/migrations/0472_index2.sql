CREATE INDEX CONCURRENTLY accounts_lower_name_idx ON accounts (lower(name));
