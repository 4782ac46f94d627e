ALTER TABLE accounts ADD CONSTRAINT accounts_owner_user_fk17 FOREIGN KEY (owner_id) REFERENCES users (id) MATCH FULL NOT VALID;;
