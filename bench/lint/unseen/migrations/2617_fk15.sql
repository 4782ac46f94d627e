ALTER TABLE accounts ADD COLUMN region text, ADD CONSTRAINT accounts_owner_customer_fk FOREIGN KEY (owner_id) REFERENCES customers (id);;
