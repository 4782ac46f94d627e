CREATE VIEW orders_v1 AS SELECT id, customer_id, total AS amount, status, created_at FROM orders;
DROP VIEW IF EXISTS orders_v1;;
