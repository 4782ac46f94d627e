CREATE DOMAIN us_zip AS text CHECK (VALUE ~ '^[0-9]{5}$');
ALTER TABLE customers ADD COLUMN zip us_zip;
