CREATE TABLE scratch_links (id bigint PRIMARY KEY, customer_id bigint REFERENCES customers (id));
DROP TABLE scratch_links;
