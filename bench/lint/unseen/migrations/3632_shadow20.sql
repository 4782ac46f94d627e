CREATE TABLE customers_shadow (LIKE customers INCLUDING ALL);
INSERT INTO customers_shadow SELECT * FROM customers;
ALTER TABLE customers RENAME TO customers_old;
ALTER TABLE customers_shadow RENAME TO customers;
ALTER TABLE orders DROP CONSTRAINT orders_customer_id_fkey;
ALTER TABLE orders ADD CONSTRAINT orders_customer_id_fkey
  FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;;
