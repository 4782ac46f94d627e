ALTER TABLE ledger ADD COLUMN id_convert_to_bigint bigint DEFAULT 0 NOT NULL;
UPDATE ledger SET id_convert_to_bigint = id;
CREATE UNIQUE INDEX index_ledger_on_id_convert_to_bigint ON ledger (id_convert_to_bigint);
ALTER TABLE ledger ALTER COLUMN id_convert_to_bigint SET DEFAULT nextval('ledger_id_seq');
ALTER TABLE ledger ALTER COLUMN id DROP DEFAULT;
ALTER TABLE ledger RENAME COLUMN id TO id_old;
ALTER TABLE ledger RENAME COLUMN id_convert_to_bigint TO id;
ALTER TABLE ledger DROP COLUMN id_old;;
