BEGIN;
ALTER TABLE accounts ADD CONSTRAINT accounts_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES users (id) NOT VALID;
ALTER TABLE accounts VALIDATE CONSTRAINT accounts_owner_id_fkey;
COMMIT;
