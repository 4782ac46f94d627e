ALTER TABLE ledger ADD COLUMN entry_no bigserial;;
