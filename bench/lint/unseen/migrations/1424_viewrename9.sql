CREATE VIEW customers_v2 AS SELECT id, email, name AS full_name, region FROM customers;;
