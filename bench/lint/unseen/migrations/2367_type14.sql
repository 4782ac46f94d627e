ALTER TABLE customers ALTER COLUMN region SET DATA TYPE varchar(2) USING substr(region, 1, 2);;
