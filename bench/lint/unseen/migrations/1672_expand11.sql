ALTER TABLE accounts ADD CONSTRAINT accounts_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES users (id) NOT VALID;
-- VALIDATE in its own migration (the key was added NOT VALID in the previous one)
SET statement_timeout = 0;
ALTER TABLE accounts VALIDATE CONSTRAINT accounts_owner_id_fkey;
RESET statement_timeout;;
