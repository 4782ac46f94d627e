CREATE TABLE order_items (order_id bigint NOT NULL REFERENCES orders (id), sku text NOT NULL, PRIMARY KEY (order_id, sku));
