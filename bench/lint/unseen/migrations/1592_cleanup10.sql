ALTER TABLE ledger ADD COLUMN id_new bigint;
ALTER TABLE ledger DROP COLUMN id_new;;
