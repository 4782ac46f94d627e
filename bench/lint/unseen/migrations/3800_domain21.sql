CREATE DOMAIN country_code21 AS char(2);
ALTER TABLE customers ADD COLUMN country country_code21;
ALTER DOMAIN country_code21 ADD CONSTRAINT country_code21_upper CHECK (VALUE = upper(VALUE)) NOT VALID;;
