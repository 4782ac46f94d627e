CREATE TABLE orders_archive (LIKE orders INCLUDING DEFAULTS);
INSERT INTO orders_archive SELECT * FROM orders WHERE created_at < now() - interval '1 year';
DELETE FROM orders WHERE created_at < now() - interval '1 year';;
