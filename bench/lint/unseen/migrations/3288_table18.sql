CREATE DOMAIN sku18 AS text CHECK (VALUE ~ '^[A-Z0-9-]+$');;
