CREATE TABLE invoices18 (id bigint PRIMARY KEY, customer_id bigint NOT NULL, total numeric(12, 2) NOT NULL);
CREATE INDEX invoices18_customer_idx ON invoices18 (customer_id);;
