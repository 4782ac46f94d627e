ALTER TABLE accounts ALTER COLUMN plan TYPE varchar(64);;
