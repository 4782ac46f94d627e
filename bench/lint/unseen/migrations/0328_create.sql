-- UP
CREATE TABLE orders_shape AS SELECT * FROM orders WITH NO DATA;
