ALTER TABLE orders ADD CONSTRAINT orders_customer_fk17 FOREIGN KEY (customer_id) REFERENCES customers (id) ON UPDATE CASCADE NOT VALID;
ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_fk17;;
