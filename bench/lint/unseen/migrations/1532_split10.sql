CREATE TABLE customer_profiles (customer_id bigint PRIMARY KEY, notes text, score int);
INSERT INTO customer_profiles SELECT id, notes, score FROM customers;
ALTER TABLE customer_profiles ADD CONSTRAINT customer_profiles_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;;
