CREATE TABLE import_staging (sku text, qty integer);
INSERT INTO import_staging VALUES ('A-1', 3), ('B-2', 5);
TRUNCATE import_staging;;
