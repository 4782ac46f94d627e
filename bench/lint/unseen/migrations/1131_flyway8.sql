CREATE TABLE order_archive AS SELECT * FROM orders WHERE created_at < now() - interval '1 year';
