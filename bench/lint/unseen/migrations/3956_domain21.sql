CREATE DOMAIN sku21 AS text CHECK (VALUE ~ '^[A-Z0-9-]+$');
CREATE TABLE products21 (id bigint PRIMARY KEY, sku sku21 NOT NULL UNIQUE);;
