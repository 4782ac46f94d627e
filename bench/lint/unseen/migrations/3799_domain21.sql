CREATE DOMAIN country_code21 AS char(2) CHECK (VALUE ~ '^[A-Z]{2}$');
ALTER TABLE customers ADD COLUMN country country_code21;;
