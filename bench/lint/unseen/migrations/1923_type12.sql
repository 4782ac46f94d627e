ALTER TABLE accounts ALTER COLUMN balance TYPE numeric(16, 2);;
