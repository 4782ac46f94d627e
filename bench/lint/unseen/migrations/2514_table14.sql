CREATE TABLE orders_2023 AS SELECT * FROM orders WHERE created_at < '2024-01-01';;
