CREATE TABLE orders_shadow (LIKE orders INCLUDING ALL);
INSERT INTO orders_shadow SELECT * FROM orders;
ALTER TABLE orders RENAME TO orders_old;
ALTER TABLE orders_shadow RENAME TO orders;
DROP TABLE orders_old;;
