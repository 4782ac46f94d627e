ALTER TABLE accounts ADD CONSTRAINT accounts_owner_customer_fk FOREIGN KEY (owner_id) REFERENCES customers (id) NOT VALID;;
