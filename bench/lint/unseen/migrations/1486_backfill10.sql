CREATE TABLE customer_regions AS
SELECT id AS customer_id, region FROM customers;
ALTER TABLE customer_regions ADD PRIMARY KEY (customer_id);;
