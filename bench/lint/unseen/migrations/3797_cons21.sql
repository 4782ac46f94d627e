ALTER TABLE accounts ADD CONSTRAINT accounts_name_key21 UNIQUE (name) INCLUDE (plan);;
