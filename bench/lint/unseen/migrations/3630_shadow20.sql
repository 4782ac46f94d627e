CREATE TABLE customers_shadow (LIKE customers INCLUDING ALL);
INSERT INTO customers_shadow SELECT * FROM customers;
ALTER TABLE customers RENAME TO customers_old;
ALTER TABLE customers_shadow RENAME TO customers;;
