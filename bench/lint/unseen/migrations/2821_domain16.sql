CREATE DOMAIN sku16 AS text;
CREATE TABLE products16 (id bigint PRIMARY KEY, sku sku16);
ALTER DOMAIN sku16 ADD CONSTRAINT sku_format16 CHECK (VALUE ~ '^[A-Z]{3}-[0-9]+$');;
