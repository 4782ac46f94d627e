CREATE UNIQUE INDEX CONCURRENTLY accounts_name_uq ON accounts (name);
ALTER TABLE accounts ADD CONSTRAINT accounts_name_key UNIQUE USING INDEX accounts_name_uq;
