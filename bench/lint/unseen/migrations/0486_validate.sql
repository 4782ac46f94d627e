ALTER TABLE accounts ADD CONSTRAINT accounts_name_key UNIQUE (name);
