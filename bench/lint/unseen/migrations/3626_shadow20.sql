CREATE TABLE orders_shadow (LIKE orders INCLUDING ALL);
INSERT INTO orders_shadow SELECT * FROM orders;
BEGIN;
LOCK TABLE orders IN ACCESS EXCLUSIVE MODE;
ALTER TABLE orders RENAME TO orders_old;
ALTER TABLE orders_shadow RENAME TO orders;
COMMIT;
