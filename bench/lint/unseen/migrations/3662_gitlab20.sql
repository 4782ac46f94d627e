CREATE INDEX index_accounts_on_name ON accounts (name);
ALTER TABLE accounts ADD CONSTRAINT accounts_name_key UNIQUE USING INDEX index_accounts_on_name;;
