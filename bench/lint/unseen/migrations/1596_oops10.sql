CREATE UNIQUE INDEX accounts_owner_id_key ON accounts (owner_id);;
