CREATE VIEW big_orders AS SELECT * FROM orders WHERE total > 1000;
