CREATE UNIQUE INDEX accounts_name_idx ON accounts (name);
ALTER TABLE accounts ADD CONSTRAINT accounts_name_key UNIQUE USING INDEX accounts_name_idx;;
