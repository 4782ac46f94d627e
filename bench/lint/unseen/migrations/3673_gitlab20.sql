ALTER TABLE ledger ADD COLUMN id_convert_to_bigint bigint DEFAULT 0 NOT NULL;
UPDATE ledger SET id_convert_to_bigint = id;
ALTER TABLE ledger DROP CONSTRAINT ledger_pkey;
ALTER TABLE ledger ADD PRIMARY KEY (id_convert_to_bigint);;
