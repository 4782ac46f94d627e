ALTER TABLE orders RENAME TO orders_v2;
CREATE VIEW orders AS SELECT * FROM orders_v2;
UPDATE orders SET qty = qty + 1 WHERE id = 12;;
