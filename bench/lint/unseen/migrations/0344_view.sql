CREATE VIEW customer_regions AS SELECT id, region FROM customers;
