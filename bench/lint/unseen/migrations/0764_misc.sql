CREATE PUBLICATION eu_pub FOR TABLE customers (id, email) WHERE (region = 'eu');
