ALTER TABLE customers ALTER COLUMN region TYPE varchar(1);;
