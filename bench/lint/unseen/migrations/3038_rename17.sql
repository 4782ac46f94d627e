CREATE TABLE staging_orders17 AS SELECT id, total FROM orders WHERE id <= 10;
DROP TABLE staging_orders17;;
