ALTER TABLE ledger
  ALTER COLUMN account TYPE varchar(64),
  ALTER COLUMN amount TYPE numeric(18, 2);;
