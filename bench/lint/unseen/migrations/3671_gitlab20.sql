ALTER TABLE ledger ADD COLUMN id_big bigint;
UPDATE ledger SET id_big = id;
CREATE UNIQUE INDEX index_ledger_on_id_big ON ledger (id_big);
BEGIN;
LOCK TABLE ledger IN ACCESS EXCLUSIVE MODE;
ALTER TABLE ledger DROP CONSTRAINT ledger_pkey;
ALTER TABLE ledger ADD CONSTRAINT ledger_pkey PRIMARY KEY USING INDEX index_ledger_on_id_big;
COMMIT;
