ALTER TABLE ledger ADD COLUMN id_new bigint;
UPDATE ledger SET id_new = id WHERE id BETWEEN 1 AND 100 AND id_new IS NULL;;
