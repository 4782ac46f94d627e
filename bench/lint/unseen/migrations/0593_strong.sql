CREATE DOMAIN region_code AS text;
ALTER TABLE customers ALTER COLUMN region TYPE region_code;
