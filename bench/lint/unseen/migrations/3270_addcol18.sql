ALTER TABLE ledger ADD COLUMN labels varchar(30)[];;
