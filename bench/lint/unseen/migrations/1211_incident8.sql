ALTER TABLE accounts ALTER COLUMN balance TYPE numeric(10, 2);
