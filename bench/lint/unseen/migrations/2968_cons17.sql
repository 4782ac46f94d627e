ALTER TABLE accounts ADD CONSTRAINT accounts_name_key17 UNIQUE (name) NOT VALID;;
