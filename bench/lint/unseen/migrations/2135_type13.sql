ALTER TABLE customers ALTER COLUMN region TYPE text USING lower(region);;
