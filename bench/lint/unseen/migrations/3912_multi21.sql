ALTER TABLE accounts ADD COLUMN currency char(3);
ALTER TABLE accounts ALTER COLUMN currency SET DEFAULT 'EUR';
UPDATE accounts SET currency = 'EUR' WHERE id <= 100;;
