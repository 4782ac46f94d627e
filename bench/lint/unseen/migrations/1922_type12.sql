ALTER TABLE accounts ALTER COLUMN plan TYPE varchar(40), ALTER COLUMN balance TYPE numeric(10, 2);;
