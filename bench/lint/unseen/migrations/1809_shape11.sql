CREATE DOMAIN region_code AS text CHECK (VALUE ~ '^[a-z]{2,8}$');
ALTER TABLE customers ALTER COLUMN region TYPE region_code;;
