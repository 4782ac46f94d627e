ALTER TABLE ledger ADD COLUMN id_new bigint;;
