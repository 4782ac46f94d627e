CREATE TABLE ledger_new (id integer NOT NULL DEFAULT nextval('ledger_id_seq') PRIMARY KEY, account text NOT NULL, amount numeric(20, 2));
ALTER TABLE ledger RENAME TO ledger_old;
ALTER TABLE ledger_new RENAME TO ledger;
DROP TABLE ledger_old CASCADE;;
