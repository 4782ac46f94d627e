CREATE TABLE customers_shadow (LIKE customers INCLUDING ALL);
ALTER TABLE customers RENAME TO customers_old;
ALTER TABLE customers_shadow RENAME TO customers;
DROP TABLE customers_old;;
