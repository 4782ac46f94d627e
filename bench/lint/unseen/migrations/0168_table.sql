CREATE TABLE order_snapshot AS SELECT id, total FROM orders;
