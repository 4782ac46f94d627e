ALTER TABLE accounts ADD COLUMN billing_customer_id bigint DEFAULT 1 REFERENCES customers (id);;
