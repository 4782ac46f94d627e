ALTER TABLE orders ADD CONSTRAINT orders_customer_id_fkey_cascade FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE NOT VALID;
ALTER TABLE orders RENAME CONSTRAINT orders_customer_id_fkey_cascade TO orders_customer_id_fkey;;
