CREATE TABLE ledger_new (id integer NOT NULL DEFAULT nextval('ledger_id_seq') PRIMARY KEY, account text NOT NULL, amount numeric(20, 2));
INSERT INTO ledger_new (id, account, amount) SELECT id, account, amount FROM ledger;
BEGIN;
ALTER TABLE ledger RENAME TO ledger_old;
ALTER TABLE ledger_new RENAME TO ledger;
ALTER SEQUENCE ledger_id_seq OWNED BY ledger.id;
DROP TABLE ledger_old;
COMMIT;
