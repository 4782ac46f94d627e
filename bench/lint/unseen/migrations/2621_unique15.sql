ALTER TABLE accounts ADD CONSTRAINT accounts_owner_id_key UNIQUE (owner_id);;
