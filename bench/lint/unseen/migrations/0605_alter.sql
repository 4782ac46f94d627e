ALTER TABLE orders ADD CONSTRAINT orders_customer_fk3 FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE NOT VALID;
