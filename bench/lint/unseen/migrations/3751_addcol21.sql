ALTER TABLE ledger ADD COLUMN memo varchar(140);;
