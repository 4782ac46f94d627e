ALTER TABLE accounts ADD CONSTRAINT accounts_owner_fk17 FOREIGN KEY (owner_id) REFERENCES customers (id) ON DELETE SET NULL NOT VALID;;
