CREATE TABLE ledger_new (id integer NOT NULL DEFAULT nextval('ledger_id_seq') PRIMARY KEY, account text NOT NULL, amount numeric(20, 2));
INSERT INTO ledger_new (id, account, amount) SELECT id, account, amount FROM ledger;;
