ALTER TABLE ledger ADD COLUMN currency char(3) NOT NULL;;
