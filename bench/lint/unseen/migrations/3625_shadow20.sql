CREATE TABLE orders_shadow (LIKE orders INCLUDING ALL);
ALTER TABLE orders_shadow ALTER COLUMN qty TYPE bigint;
INSERT INTO orders_shadow SELECT * FROM orders;;
