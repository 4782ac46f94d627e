SET lock_timeout TO '500ms';
SET statement_timeout TO '15s';
ALTER TABLE accounts ADD CONSTRAINT accounts_owner_fk21 FOREIGN KEY (owner_id) REFERENCES customers (id);;
